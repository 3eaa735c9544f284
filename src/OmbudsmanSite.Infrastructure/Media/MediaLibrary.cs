using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Media;
using OmbudsmanSite.Core.Slugs;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Media;

/// <summary>
/// Puts files into the media library: every file is checked by <see cref="MediaFileInspector"/>
/// first, stored under a path made of the item's id and the file's hash (so a stored file never
/// changes and its URLs cache for a year), and a PDF's pages and text are read once, here.
/// </summary>
public sealed class MediaLibrary(
    IDbContextFactory<SiteDbContext> contextFactory,
    IMediaStorage storage,
    MediaFileInspector inspector,
    SiteClock clock,
    IContentChangeNotifier changes,
    ILogger<MediaLibrary> logger)
{
    private const int HashLengthInPath = 12;
    private const int MaxFileNameLength = 60;

    /// <summary>A new item in <paramref name="folderId"/> (or the root), or the reason the file was refused (nothing is then stored).</summary>
    public async Task<MediaResult> UploadAsync(MediaUpload upload, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(upload);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (upload.FolderId is { } folderId && await db.MediaFolders.FindAsync([folderId], cancellationToken) is null)
        {
            return MediaResult.Refused($"There is no media folder {folderId}.");
        }

        var item = new MediaItem(Guid.NewGuid(), string.IsNullOrWhiteSpace(upload.Name) ? Path.GetFileNameWithoutExtension(upload.FileName) : upload.Name, clock.UtcNow)
        {
            FolderId = upload.FolderId,
            AltText = upload.AltText ?? new LocalizedText(),
            Caption = upload.Caption ?? new LocalizedText(),
        };
        db.MediaItems.Add(item);
        var stored = await StoreFileAsync(db, item, upload.Content, upload.FileName, cancellationToken);
        if (stored.Error is not null)
        {
            return stored;
        }

        await SaveAsync(db, stored, cancellationToken);
        return stored;
    }

    /// <summary>A new file for an existing item: it gets a new path; pages using the item change with it.</summary>
    public async Task<MediaResult> ReplaceFileAsync(Guid id, byte[] content, string fileName, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var item = await db.MediaItems.FindAsync([id], cancellationToken);
        if (item is null)
        {
            return MediaResult.Refused($"There is no media item {id}.");
        }

        var stored = await StoreFileAsync(db, item, content, fileName, cancellationToken);
        if (stored.Error is null)
        {
            await SaveAsync(db, stored, cancellationToken);
        }

        return stored;
    }

    /// <summary>
    /// Checks and stores <paramref name="content"/> as <paramref name="item"/>'s file, within the
    /// caller's unit of work (uSync imports use their own). The same bytes again change nothing.
    /// The caller saves, then calls <see cref="AfterSaveAsync"/>.
    /// </summary>
    public async Task<MediaResult> StoreFileAsync(SiteDbContext db, MediaItem item, byte[] content, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(content);
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        if (hash == item.ContentHash)
        {
            return MediaResult.Stored(item, previousPath: null);
        }

        var inspection = inspector.Inspect(content);
        if (!inspection.IsAccepted)
        {
            return MediaResult.Refused(inspection.Error!);
        }

        var pdf = inspection.Kind == MediaFileKind.Pdf ? PdfContent.Read(content) : null;
        if (pdf == PdfContent.Unreadable)
        {
            logger.LogWarning("PdfPig could not read {FileName} for media item {Id}; it is stored without page count or text", fileName, item.Id);
        }

        var path = $"{item.Id:N}/{hash[..HashLengthInPath]}/{StoredFileName(fileName, inspection.Kind)}";
        await storage.WriteAsync(path, content, cancellationToken);
        var previousPath = string.IsNullOrEmpty(item.StoragePath) ? null : item.StoragePath;
        item.SetFile(new MediaStoredFile(inspection.Kind, path, hash, content.LongLength, inspection.Width, inspection.Height, pdf?.PageCount), clock.UtcNow);

        var text = await db.MediaTexts.FindAsync([item.Id], cancellationToken);
        if (pdf is { Text.Length: > 0 })
        {
            if (text is null)
            {
                db.MediaTexts.Add(new MediaText { MediaItemId = item.Id, Text = pdf.Text });
            }
            else
            {
                text.Text = pdf.Text;
            }
        }
        else if (text is not null)
        {
            db.MediaTexts.Remove(text);
        }

        if (previousPath is not null)
        {
            await TouchReferencingContentAsync(db, item.Id, cancellationToken);
        }

        return MediaResult.Stored(item, previousPath);
    }

    /// <summary>After the caller's save: the replaced file goes, and caches hear of the change.</summary>
    public async Task AfterSaveAsync(MediaResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.PreviousPath is { } previous && previous != result.Item?.StoragePath)
        {
            await storage.DeleteAsync(previous, cancellationToken);
            await changes.ContentChangedAsync(cancellationToken);
        }
    }

    /// <summary>The folder at a path like "Reports/2024", created (with its parents) when missing.</summary>
    public static async Task<Guid?> EnsureFolderAsync(SiteDbContext db, string? path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        Guid? parent = null;
        foreach (var name in (path ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var folder = db.MediaFolders.Local.FirstOrDefault(f => f.ParentId == parent && f.Name == name)
                ?? await db.MediaFolders.FirstOrDefaultAsync(f => f.ParentId == parent && f.Name == name, cancellationToken);
            if (folder is null)
            {
                folder = new MediaFolder { Id = Guid.NewGuid(), ParentId = parent, Name = name };
                db.MediaFolders.Add(folder);
            }

            parent = folder.Id;
        }

        return parent;
    }

    /// <summary>"Annual report 2024 (EN).PDF" → "annual-report-2024-en.pdf": readable in a URL, with the extension of what the file really is.</summary>
    public static string StoredFileName(string fileName, MediaFileKind kind)
    {
        var stem = SlugGenerator.Generate(Path.GetFileNameWithoutExtension(fileName ?? ""));
        if (stem.Length > MaxFileNameLength)
        {
            stem = stem[..MaxFileNameLength].TrimEnd('-');
        }

        return (stem.Length == 0 ? "file" : stem) + MediaFileKinds.Extension(kind);
    }

    private async Task SaveAsync(SiteDbContext db, MediaResult result, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            // The row was not written: the new file must not stay behind as an orphan.
            await storage.DeleteAsync(result.Item!.StoragePath, CancellationToken.None);
            throw;
        }

        await AfterSaveAsync(result, cancellationToken);
    }

    // Pages show the file's size and pages, and search holds its text: their items change with it.
    private async Task TouchReferencingContentAsync(SiteDbContext db, Guid mediaId, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var candidates = await db.ContentItems
            .Where(c => c.ImageId == mediaId || c.Type == DocumentType.Report)
            .ToListAsync(cancellationToken);
        foreach (var item in candidates.Where(c => c.MediaIds().Contains(mediaId)))
        {
            item.Touch(now);
        }
    }
}

/// <summary>A file for the library: its bytes, the name it came with, and how editors describe it.</summary>
public sealed record MediaUpload(byte[] Content, string FileName)
{
    public string? Name { get; init; }

    public Guid? FolderId { get; init; }

    public LocalizedText? AltText { get; init; }

    public LocalizedText? Caption { get; init; }
}

/// <summary>The stored item, or why the file was refused.</summary>
public sealed record MediaResult(MediaItem? Item, string? Error, string? PreviousPath)
{
    public static MediaResult Stored(MediaItem item, string? previousPath) => new(item, null, previousPath);

    public static MediaResult Refused(string error) => new(null, error, null);
}
