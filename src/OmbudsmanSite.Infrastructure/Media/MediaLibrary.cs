using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Editorial;
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
    EditorialWriter writer,
    IMediaStorage storage,
    MediaFileInspector inspector,
    SiteClock clock,
    ILogger<MediaLibrary> logger)
{
    private const int HashLengthInPath = 12;
    private const int MaxFileNameLength = 60;

    /// <summary>A new item in <paramref name="upload"/>'s folder (or the root), or the reason the file was refused (nothing is then stored).</summary>
    public Task<MediaResult> UploadAsync(MediaUpload upload, CancellationToken cancellationToken = default) =>
        UploadAsync(upload, SystemUsers.MediaLibrary, cancellationToken);

    /// <inheritdoc cref="UploadAsync(MediaUpload, CancellationToken)"/>
    public Task<MediaResult> UploadAsync(MediaUpload upload, ActingUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(upload);
        return WriteAsync(user, async session =>
        {
            var db = session.Db;
            if (upload.FolderId is { } folderId && await db.MediaFolders.FindAsync([folderId], cancellationToken) is null)
            {
                return MediaResult.Refused($"There is no media folder {folderId}.");
            }

            var item = new MediaItem(Guid.NewGuid(), string.IsNullOrWhiteSpace(upload.Name) ? Path.GetFileNameWithoutExtension(upload.FileName) : upload.Name, session.NowUtc)
            {
                FolderId = upload.FolderId,
                AltText = upload.AltText ?? LocalizedText.Empty,
                Caption = upload.Caption ?? LocalizedText.Empty,
            };
            db.MediaItems.Add(item);
            return await StoreFileAsync(session, item, upload.Content, upload.FileName, cancellationToken);
        }, cancellationToken);
    }

    /// <summary>A new file for an existing item: it gets a new path; pages using the item change with it.</summary>
    public Task<MediaResult> ReplaceFileAsync(Guid id, byte[] content, string fileName, ActingUser? user = null, CancellationToken cancellationToken = default) =>
        WriteAsync(user ?? SystemUsers.MediaLibrary, async session =>
        {
            var item = await session.Db.MediaItems.FindAsync([id], cancellationToken);
            return item is null
                ? MediaResult.Refused($"There is no media item {id}.")
                : await StoreFileAsync(session, item, content, fileName, cancellationToken);
        }, cancellationToken);

    /// <summary>
    /// Creates or updates the item <see cref="MediaImport.Key"/> from an import (uSync): its
    /// description, folder and file in one transaction. A file stored for a save that then fails is
    /// deleted again, so nothing is left orphaned.
    /// </summary>
    public async Task<(MediaResult Result, bool Created)> ImportAsync(MediaImport import, ActingUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(import);
        var created = false;
        var result = await WriteAsync(user, async session =>
        {
            var item = await session.Db.MediaItems.FindAsync([import.Key], cancellationToken);
            created = item is null;
            if (item is null)
            {
                item = new MediaItem(import.Key, string.IsNullOrWhiteSpace(import.Name) ? Path.GetFileNameWithoutExtension(import.FileName) : import.Name, session.NowUtc);
                session.Db.MediaItems.Add(item);
            }
            else if (!string.IsNullOrWhiteSpace(import.Name))
            {
                item.Name = import.Name.Trim();
            }

            item.FolderId = await EnsureFolderAsync(session.Db, import.Folder, cancellationToken);
            item.AltText = import.AltText;
            item.Caption = import.Caption;
            item.Touch(session.NowUtc);
            return await StoreFileAsync(session, item, import.Content, import.FileName, cancellationToken);
        }, cancellationToken);
        return (result, created);
    }

    /// <summary>Name, alt text and caption per language.</summary>
    public Task<MediaResult> DescribeAsync(Guid id, string name, LocalizedText altText, LocalizedText caption, ActingUser user, CancellationToken cancellationToken = default) =>
        WriteAsync(user, async session =>
        {
            var item = await session.Db.MediaItems.FindAsync([id], cancellationToken);
            if (item is null)
            {
                return MediaResult.Refused($"There is no media item {id}.");
            }

            item.Name = string.IsNullOrWhiteSpace(name) ? item.Name : name.Trim();
            item.AltText = altText;
            item.Caption = caption;
            item.Touch(session.NowUtc);
            if (await PublishedProjection.TouchMediaUsersAsync(session.Db, id, session.NowUtc, cancellationToken) > 0)
            {
                session.Journal(null, [], ContentChangeKind.Published); // pages showing it change their alt text
            }

            return MediaResult.Stored(item, previousPath: null);
        }, cancellationToken);

    /// <summary>Deletes an item and its file; refused, with the items that use it, while any working copy or published version does.</summary>
    public async Task<MediaResult> DeleteAsync(Guid id, ActingUser user, CancellationToken cancellationToken = default)
    {
        string? path = null;
        var result = await WriteAsync(user, async session =>
        {
            var item = await session.Db.MediaItems.FindAsync([id], cancellationToken);
            if (item is null)
            {
                return MediaResult.Refused($"There is no media item {id}.");
            }

            var users = await MediaUsage.UsersAsync(session.Db, id, cancellationToken);
            if (users.Count > 0)
            {
                return MediaResult.Refused($"It is used by {string.Join(", ", users.Select(u => $"\u201c{u.Title}\u201d"))}: remove it there first.");
            }

            if (await session.Db.MediaTexts.FindAsync([id], cancellationToken) is { } text)
            {
                session.Db.MediaTexts.Remove(text);
            }

            session.Db.MediaItems.Remove(item);
            session.Audit(AuditAction.Purge, null, [], null, $"media {item.Name} ({item.StoragePath})");
            path = item.StoragePath;
            return MediaResult.Stored(item, previousPath: null);
        }, cancellationToken);
        if (result.Error is null && path is { Length: > 0 })
        {
            await storage.DeleteAsync(path, cancellationToken);
        }

        return result;
    }

    /// <summary>A folder path ("Reports/2024"), created (with its parents) when missing.</summary>
    public async Task<Guid?> EnsureFolderAsync(string? path, CancellationToken cancellationToken = default)
    {
        Guid? folder = null;
        await writer.RunAsync(SystemUsers.MediaLibrary, EditorialRight.ManageMedia, async session =>
        {
            folder = await EnsureFolderAsync(session.Db, path, cancellationToken);
            return EditorialResult.Success(null);
        }, cancellationToken);
        return folder;
    }

    // The media rows, and the published items whose pages show the file, change in one transaction;
    // the journal row it appends tells every node. The new file is written before the commit and
    // deleted again if the commit fails; the replaced one is deleted after it.
    private async Task<MediaResult> WriteAsync(ActingUser user, Func<EditorialSession, Task<MediaResult>> apply, CancellationToken cancellationToken)
    {
        MediaResult? outcome = null;
        try
        {
            await writer.RunAsync(user, EditorialRight.ManageMedia, async session =>
            {
                outcome = await apply(session);
                if (outcome.Error is not null)
                {
                    return EditorialResult.Invalid(null, FieldNames.Image, outcome.Error);
                }

                if (outcome.PreviousPath is not null && await PublishedProjection.TouchMediaUsersAsync(session.Db, outcome.Item!.Id, session.NowUtc, cancellationToken) > 0)
                {
                    session.Journal(null, [], ContentChangeKind.Published);
                }

                return EditorialResult.Success(null);
            }, cancellationToken);
        }
        catch
        {
            if (outcome is { WroteFile: true, Item: { } stored })
            {
                await storage.DeleteAsync(stored.StoragePath, CancellationToken.None);
            }

            throw;
        }

        if (outcome!.PreviousPath is { } previous && previous != outcome.Item?.StoragePath)
        {
            await storage.DeleteAsync(previous, cancellationToken);
        }

        return outcome;
    }

    /// <summary>Checks and stores <paramref name="content"/> as <paramref name="item"/>'s file. The same bytes again change nothing.</summary>
    private async Task<MediaResult> StoreFileAsync(EditorialSession session, MediaItem item, byte[] content, string fileName, CancellationToken cancellationToken)
    {
        var db = session.Db;
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

        return MediaResult.Stored(item, previousPath) with { WroteFile = true };
    }

    /// <summary>The folder at a path like "Reports/2024", created (with its parents) when missing.</summary>
    internal static async Task<Guid?> EnsureFolderAsync(SiteDbContext db, string? path, CancellationToken cancellationToken = default)
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
    /// <summary>Whether a new file was written to storage (to be deleted again if the save fails).</summary>
    public bool WroteFile { get; init; }

    public static MediaResult Stored(MediaItem item, string? previousPath) => new(item, null, previousPath);

    public static MediaResult Refused(string error) => new(null, error, null);
}
