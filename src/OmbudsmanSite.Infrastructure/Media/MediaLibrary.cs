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
            var stored = await StoreFileAsync(session, item, upload.Content, upload.FileName, cancellationToken);
            Audit(session, AuditAction.MediaUploaded, stored, item, upload.FileName);
            return stored;
        }, cancellationToken);
    }

    /// <summary>A new file for an existing item: it gets a new path; pages using the item change with it.</summary>
    public Task<MediaResult> ReplaceFileAsync(Guid id, MediaContent content, string fileName, ActingUser? user = null, CancellationToken cancellationToken = default) =>
        WriteAsync(user ?? SystemUsers.MediaLibrary, async session =>
        {
            var item = await session.Db.MediaItems.FindAsync([id], cancellationToken);
            if (item is null)
            {
                return MediaResult.Refused($"There is no media item {id}.");
            }

            var stored = await StoreFileAsync(session, item, content, fileName, cancellationToken);
            Audit(session, AuditAction.MediaReplaced, stored, item, fileName);
            return stored;
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
            var stored = await StoreFileAsync(session, item, import.Content, import.FileName, cancellationToken);
            if (stored.Error is null && !stored.WroteFile)
            {
                session.Audit(AuditAction.MediaDescribed, null, [], null, Describe(item));
            }

            Audit(session, created ? AuditAction.MediaUploaded : AuditAction.MediaReplaced, stored, item, import.FileName);
            return stored;
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
            session.Audit(AuditAction.MediaDescribed, null, altText.Values.Keys.Union(caption.Values.Keys).Order(StringComparer.Ordinal), null, Describe(item));
            await TouchUsersAsync(session, id, cancellationToken); // pages showing it change their alt text

            return MediaResult.Stored(item, previousPath: null);
        }, cancellationToken);

    /// <summary>Sets (or clears) the point every crop of the image keeps in view; pages that show it are told.</summary>
    public Task<MediaResult> SetFocalPointAsync(Guid id, FocalPoint? point, ActingUser user, CancellationToken cancellationToken = default) =>
        WriteAsync(user, async session =>
        {
            var item = await session.Db.MediaItems.FindAsync([id], cancellationToken);
            if (item is null)
            {
                return MediaResult.Refused($"There is no media item {id}.");
            }

            if (!item.IsImage || item.Kind == MediaFileKind.Svg)
            {
                return MediaResult.Refused("Only a raster image has a focal point.");
            }

            item.SetFocalPoint(point);
            item.Touch(session.NowUtc);
            session.Audit(AuditAction.MediaDescribed, null, [], null, $"{Describe(item)}: focal point {point?.ToString() ?? "centre"}");
            await TouchUsersAsync(session, id, cancellationToken); // pages showing it crop it anew

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
            session.Audit(AuditAction.MediaDeleted, null, [], null, Describe(item));
            path = item.StoragePath;
            return MediaResult.Stored(item, previousPath: null);
        }, cancellationToken);
        if (result.Error is null && path is { Length: > 0 })
        {
            await storage.DeleteAsync(path, cancellationToken);
        }

        return result;
    }

    /// <summary>Moves an item to another folder (null: the root). Its file and its URLs stay as they are.</summary>
    public Task<MediaResult> MoveAsync(Guid id, Guid? folderId, ActingUser user, CancellationToken cancellationToken = default) =>
        WriteAsync(user, async session =>
        {
            var item = await session.Db.MediaItems.FindAsync([id], cancellationToken);
            if (item is null)
            {
                return MediaResult.Refused($"There is no media item {id}.");
            }

            if (folderId is { } target && await session.Db.MediaFolders.FindAsync([target], cancellationToken) is null)
            {
                return MediaResult.Refused($"There is no media folder {target}.");
            }

            if (item.FolderId == folderId)
            {
                return MediaResult.Stored(item, previousPath: null);
            }

            var from = item.FolderId;
            item.FolderId = folderId;
            item.Touch(session.NowUtc);
            session.Audit(AuditAction.MediaMoved, null, [], null, $"{Describe(item)}: folder {from?.ToString("D") ?? "root"} → {folderId?.ToString("D") ?? "root"}");
            return MediaResult.Stored(item, previousPath: null);
        }, cancellationToken);

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
    // Each item showing the file is journalled by id, so the sync feed and the search index know which changed.
    private static async Task TouchUsersAsync(EditorialSession session, Guid mediaId, CancellationToken cancellationToken)
    {
        foreach (var user in await PublishedProjection.TouchMediaUsersAsync(session.Db, mediaId, session.NowUtc, cancellationToken))
        {
            session.Journal(user, [], ContentChangeKind.Published);
        }
    }

    private async Task<MediaResult> WriteAsync(ActingUser user, Func<EditorialSession, Task<MediaResult>> apply, CancellationToken cancellationToken)
    {
        MediaResult? outcome = null;
        EditorialResult written;
        try
        {
            written = await writer.RunAsync(user, EditorialRight.ManageMedia, async session =>
            {
                outcome = await apply(session);
                if (outcome.Error is not null)
                {
                    return EditorialResult.Invalid(null, FieldNames.Image, outcome.Error);
                }

                if (outcome.PreviousPath is not null)
                {
                    await TouchUsersAsync(session, outcome.Item!.Id, cancellationToken);
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

        if (outcome is null)
        {
            // Refused before it ran (the writer audited the refusal): the refusal is the answer, never an exception.
            return MediaResult.Refused(string.Join(" ", written.Errors.Select(e => e.Message))) with { IsForbidden = written.Status == OperationStatus.Forbidden };
        }

        if (outcome.PreviousPath is { } previous && previous != outcome.Item?.StoragePath)
        {
            await storage.DeleteAsync(previous, cancellationToken);
        }

        return outcome;
    }

    /// <summary>Checks and stores <paramref name="content"/> as <paramref name="item"/>'s file. The same bytes again change nothing.</summary>
    private async Task<MediaResult> StoreFileAsync(EditorialSession session, MediaItem item, MediaContent content, string fileName, CancellationToken cancellationToken)
    {
        var db = session.Db;
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(content);
        if (inspector.SizeError(content.Length) is { } tooLarge)
        {
            return MediaResult.Refused(tooLarge); // not even hashed
        }

        string hash;
        await using (var stream = content.OpenRead())
        {
            hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
        }
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
        await using (var stream = content.OpenRead())
        {
            await storage.WriteAsync(path, stream, cancellationToken);
        }

        var previousPath = string.IsNullOrEmpty(item.StoragePath) ? null : item.StoragePath;
        item.SetFile(new MediaStoredFile(inspection.Kind, path, hash, content.Length, inspection.Width, inspection.Height, pdf?.PageCount) { DocumentLanguage = pdf?.Language }, clock.UtcNow);

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

    /// <summary>A media action's audit line, when it stored something: the item's name, id and stored path, never its content.</summary>
    private static void Audit(EditorialSession session, AuditAction action, MediaResult result, MediaItem item, string fileName)
    {
        if (result.Error is null && result.WroteFile)
        {
            session.Audit(action, null, [], null, $"{Describe(item)} from {fileName}");
        }
    }

    private static string Describe(MediaItem item) => $"{item.Name} (media {item.Id:D}, {item.StoragePath})";

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
