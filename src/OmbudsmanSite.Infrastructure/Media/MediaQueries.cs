using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Media;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Media;

/// <summary>What the media section reads: a folder with its path, subfolders and items; one item.</summary>
public sealed class MediaQueries(IDbContextFactory<SiteDbContext> contexts)
{
    public const int MaxItemsPerFolder = 500;

    /// <summary>The folder (null: the root), or null when there is no such folder.</summary>
    public async Task<MediaFolderView?> FolderAsync(Guid? folderId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var folders = await db.MediaFolders.AsNoTracking().ToListAsync(cancellationToken); // tens of folders, not thousands
        var current = folderId is { } id ? folders.FirstOrDefault(f => f.Id == id) : null;
        if (folderId is not null && current is null)
        {
            return null;
        }

        var trail = new List<MediaFolder>();
        for (var folder = current; folder is not null; folder = folders.FirstOrDefault(f => f.Id == folder.ParentId))
        {
            trail.Insert(0, folder);
        }

        var items = await db.MediaItems.AsNoTracking().Where(m => m.FolderId == folderId).OrderByDescending(m => m.UpdatedUtc)
            .Take(MaxItemsPerFolder).ToListAsync(cancellationToken);
        var ids = items.Select(m => m.Id).ToList();
        var used = await db.MediaUses.AsNoTracking().Where(u => ids.Contains(u.MediaItemId)).Select(u => u.MediaItemId).Distinct().ToListAsync(cancellationToken);
        return new MediaFolderView(current, trail, [.. folders.Where(f => f.ParentId == folderId).OrderBy(f => f.Name, StringComparer.CurrentCulture)], items, used.ToHashSet());
    }

    /// <summary>Every folder with its full path ("Reports/2024"), in path order: where an item can be moved.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Path)>> FolderPathsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var folders = (await db.MediaFolders.AsNoTracking().ToListAsync(cancellationToken)).ToDictionary(f => f.Id);
        string PathOf(MediaFolder folder) => folder.ParentId is { } parent && folders.TryGetValue(parent, out var up) ? $"{PathOf(up)}/{folder.Name}" : folder.Name;
        return [.. folders.Values.Select(f => (f.Id, PathOf(f))).OrderBy(f => f.Item2, StringComparer.CurrentCulture)];
    }

    /// <summary>The items among <paramref name="ids"/> that exist (a list's thumbnails: one query for its page).</summary>
    public async Task<IReadOnlyDictionary<Guid, MediaItem>> ItemsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, MediaItem>();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.MediaItems.AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, cancellationToken);
    }

    public async Task<MediaItem?> ItemAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.MediaItems.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
    }

    /// <summary>The newest items whose name holds <paramref name="words"/> (all when blank), images or documents: what the editor's pickers list.</summary>
    public async Task<IReadOnlyList<MediaItem>> FindAsync(string? words, bool images, int max, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.MediaItems.AsNoTracking();
        query = images
            ? query.Where(m => m.Kind != MediaFileKind.Pdf && m.Kind != MediaFileKind.Unknown)
            : query.Where(m => m.Kind == MediaFileKind.Pdf);
        if (!string.IsNullOrWhiteSpace(words))
        {
            var pattern = "%" + words.Trim().Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal) + "%";
            query = query.Where(m => EF.Functions.Like(m.Name, pattern));
        }

        return await query.OrderByDescending(m => m.UpdatedUtc).Take(Math.Clamp(max, 1, MaxItemsPerFolder)).ToListAsync(cancellationToken);
    }
}
