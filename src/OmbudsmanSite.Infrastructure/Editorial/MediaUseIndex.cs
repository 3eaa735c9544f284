using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Media;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>
/// Keeps <see cref="MediaUse"/> in step with the items: an item uses the media its working copy (while
/// it is not in the recycle bin) or any of its live versions names. Every editorial write that touches
/// an item rewrites its rows (<see cref="EditorialSession"/>); a migration builds them once for the
/// stored items.
/// </summary>
internal static partial class MediaUseIndex
{
    /// <summary>The migration that adds the table (both providers name it so).</summary>
    public const string MigrationName = "MediaUses";

    private const int Batch = 200;

    /// <summary>Rewrites the rows of <paramref name="documentIds"/> from what is saved in this context's transaction.</summary>
    public static async Task RefreshAsync(SiteDbContext db, IReadOnlyCollection<Guid> documentIds, CancellationToken cancellationToken)
    {
        if (documentIds.Count == 0)
        {
            return;
        }

        var wanted = await UsesOfAsync(db, documentIds, cancellationToken);
        var held = await db.MediaUses.Where(u => documentIds.Contains(u.DocumentId)).ToListAsync(cancellationToken);
        db.MediaUses.RemoveRange(held.Where(h => !wanted.Contains((h.DocumentId, h.MediaItemId))));
        db.MediaUses.AddRange(wanted.Where(w => !held.Any(h => h.DocumentId == w.DocumentId && h.MediaItemId == w.MediaId)).Select(w => new MediaUse(w.MediaId, w.DocumentId)));
    }

    /// <summary>Builds every item's rows anew; returns how many there are.</summary>
    public static async Task<int> RebuildAsync(SiteDbContext db, CancellationToken cancellationToken)
    {
        await db.MediaUses.ExecuteDeleteAsync(cancellationToken);
        var ids = await db.Documents.AsNoTracking().Select(d => d.Id).ToListAsync(cancellationToken);
        var count = 0;
        foreach (var batch in ids.Chunk(Batch))
        {
            var uses = await UsesOfAsync(db, batch, cancellationToken);
            db.MediaUses.AddRange(uses.Select(u => new MediaUse(u.MediaId, u.DocumentId)));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            count += uses.Count;
        }

        return count;
    }

    private static async Task<HashSet<(Guid DocumentId, Guid MediaId)>> UsesOfAsync(SiteDbContext db, IReadOnlyCollection<Guid> documentIds, CancellationToken cancellationToken)
    {
        var documents = db.Documents.AsNoTracking();
        var cultures = db.DocumentCultures.AsNoTracking();
        var values = await db.DocumentVersions.AsNoTracking()
            .Where(v => documentIds.Contains(v.DocumentId)
                && (documents.Any(d => d.Id == v.DocumentId && d.HeadVersion == v.Number && d.DeletedUtc == null)
                    || cultures.Any(c => c.DocumentId == v.DocumentId && c.PublishedVersion == v.Number)))
            .Select(v => new { v.DocumentId, v.ValuesJson })
            .ToListAsync(cancellationToken);

        // Every id the stored values name, in whatever field or body markup carries it; the media
        // table then says which of them are media.
        var named = values.SelectMany(v => IdsIn(v.ValuesJson).Select(id => (v.DocumentId, MediaId: id))).ToHashSet();
        var candidates = named.Select(n => n.MediaId).Distinct().ToList();
        if (candidates.Count == 0)
        {
            return [];
        }

        var media = (await db.MediaItems.AsNoTracking().Where(m => candidates.Contains(m.Id)).Select(m => m.Id).ToListAsync(cancellationToken)).ToHashSet();
        return [.. named.Where(n => media.Contains(n.MediaId))];
    }

    private static IEnumerable<Guid> IdsIn(string json)
    {
        foreach (Match match in GuidPattern().Matches(json))
        {
            if (Guid.TryParse(match.ValueSpan, out var id))
            {
                yield return id;
            }
        }
    }

    // Dashed ("D", as the values store ids) or bare ("N", as some file names and image URLs carry them).
    [GeneratedRegex("(?<![0-9a-fA-F])[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}(?![0-9a-fA-F])", RegexOptions.CultureInvariant)]
    private static partial Regex GuidPattern();
}
