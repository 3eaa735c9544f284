using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Core.Media;
using OmbudsmanSite.Core.Taxonomy;
using OmbudsmanSite.Infrastructure.Media;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Sync;

/// <summary>
/// Imports the uSync tree: document types, taxonomy, media, then content. Idempotent: a file whose hash
/// matches the last import is skipped, so a second start writes nothing; an edited file updates
/// its item. Document types, taxonomy and content go through the editorial services (audited and
/// journalled, so every node follows) and media through the media library, each step atomic; a bad
/// file is reported and loses nothing else.
/// </summary>
public sealed class USyncImporter(
    IDbContextFactory<SiteDbContext> contextFactory,
    SiteCultures cultures,
    SiteClock clock,
    IOptions<SiteOptions> options,
    MediaLibrary media,
    ContentEditingService editing,
    ContentPublishingService publishing,
    ContentWithdrawalService withdrawal,
    ChangeHistoryService changeHistory,
    ContentQueries queries,
    TaxonomyService taxonomy,
    DocumentTypeService documentTypes,
    ILogger<USyncImporter> logger)
{
    private delegate Task<Applied> ApplyFile(SiteDbContext db, string path, string text, CancellationToken cancellationToken);

    /// <summary>The bytes whose hash decides whether a file changed: a media file's YAML and the file it names.</summary>
    private delegate byte[] HashedContent(string path, byte[] yaml);

    public async Task<USyncImportReport> ImportAsync(string? folder = null, CancellationToken cancellationToken = default)
    {
        folder ??= options.Value.ResolveUSyncPath();
        var report = new USyncImportReport();
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("uSync folder {Folder} does not exist; nothing imported", folder);
            return report;
        }

        await ImportFolderAsync(folder, USyncFolders.DocumentTypes, ApplyDocumentTypeAsync, report, cancellationToken);
        await ImportFolderAsync(folder, USyncFolders.Topics, (db, _, text, ct) => ApplyTaxonomyAsync(db, TaxonomyKind.Topic, text, ct), report, cancellationToken);
        await ImportFolderAsync(folder, USyncFolders.Organisations, (db, _, text, ct) => ApplyTaxonomyAsync(db, TaxonomyKind.Organisation, text, ct), report, cancellationToken);
        await ImportFolderAsync(folder, USyncFolders.People, (db, _, text, ct) => ApplyTaxonomyAsync(db, TaxonomyKind.Person, text, ct), report, cancellationToken);
        await ImportFolderAsync(folder, USyncFolders.Media, ApplyMediaAsync, report, cancellationToken, MediaHashedContent);
        await ImportFolderAsync(folder, USyncFolders.Content, ApplyContentAsync, report, cancellationToken);

        logger.LogInformation(
            "uSync import from {Folder}: {Created} created, {Updated} updated, {Unchanged} unchanged, {Failed} failed",
            folder, report.Created.Count, report.Updated.Count, report.Unchanged, report.Failed.Count);
        foreach (var (file, error) in report.Failed)
        {
            logger.LogError("uSync file {File} was not imported: {Error}", file, error);
        }

        return report;
    }

    private async Task ImportFolderAsync(string root, string subfolder, ApplyFile apply, USyncImportReport report, CancellationToken cancellationToken, HashedContent? hashed = null)
    {
        var folder = Path.Combine(root, subfolder);
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var file in Directory.GetFiles(folder, USyncFolders.FilePattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relativePath = Path.GetRelativePath(root, file).Replace('\\', '/');
            var bytes = await File.ReadAllBytesAsync(file, cancellationToken);
            var hash = Convert.ToHexString(SHA256.HashData(hashed is null ? bytes : hashed(file, bytes)));
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            var record = await db.SyncRecords.FindAsync([relativePath], cancellationToken);
            if (record?.Hash == hash)
            {
                report.Unchanged++;
                continue;
            }

            try
            {
                var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
                var applied = await apply(db, file, text, cancellationToken);
                if (record is null)
                {
                    db.SyncRecords.Add(new SyncRecord { Path = relativePath, Hash = hash, ImportedUtc = clock.UtcNow });
                }
                else
                {
                    record.Hash = hash;
                    record.ImportedUtc = clock.UtcNow;
                }

                await db.SaveChangesAsync(cancellationToken);
                (applied.Created ? report.Created : report.Updated).Add(relativePath);
            }
            catch (Exception ex) when (ex is USyncException or ContentRuleException or DecoderFallbackException or DbUpdateException or IOException)
            {
                report.Failed.Add((relativePath, ex.Message));
            }
        }
    }

    private async Task<Applied> ApplyDocumentTypeAsync(SiteDbContext db, string path, string text, CancellationToken cancellationToken)
    {
        var file = YamlReader.Read<DocumentTypeFile>(text);
        if (!DocumentTypeAliases.TryParse(file.Alias, out var type))
        {
            throw new USyncException($"unknown document type alias '{file.Alias}'.");
        }

        var created = !await db.DocumentTypeDefinitions.AnyAsync(d => d.Type == type, cancellationToken);
        Require(await documentTypes.SaveAsync(type, ToLocalized(file.Names, "names"), ToLocalized(file.Descriptions, "descriptions"), [.. file.Blocks], SystemUsers.USync, cancellationToken));
        return new Applied(created);
    }

    private async Task<Applied> ApplyTaxonomyAsync(SiteDbContext db, TaxonomyKind kind, string text, CancellationToken cancellationToken)
    {
        var file = YamlReader.Read<TaxonomyFile>(text);
        if (string.IsNullOrWhiteSpace(file.Alias))
        {
            throw new USyncException("'alias' is required.");
        }

        if (file.Names.Count == 0)
        {
            throw new USyncException("'names' needs at least one language.");
        }

        var created = !await db.TaxonomyTerms.AnyAsync(t => t.Kind == kind && t.Alias == file.Alias, cancellationToken);
        Require(await taxonomy.SaveImportedAsync(kind, file.Alias, ToLocalized(file.Names, "names"), SystemUsers.USync, cancellationToken));
        return new Applied(created);
    }

    /// <summary>Media go through the media library (one transaction, no orphaned file when it fails).</summary>
    private async Task<Applied> ApplyMediaAsync(SiteDbContext db, string path, string text, CancellationToken cancellationToken)
    {
        var file = YamlReader.Read<MediaFile>(text);
        if (file.Key == Guid.Empty)
        {
            throw new USyncException("'key' (a GUID) is required.");
        }

        var content = MediaContent.FromFile(MediaFilePath(path, file));
        var (stored, created) = await media.ImportAsync(
            new MediaImport(file.Key, content, file.File)
            {
                Name = file.Name,
                Folder = file.Folder,
                AltText = ToLocalized(file.Alt, "alt"),
                Caption = ToLocalized(file.Caption, "caption"),
            },
            SystemUsers.USync,
            cancellationToken);
        return stored.Error is null ? new Applied(created) : throw new USyncException($"'{file.File}' was refused: {stored.Error}");
    }

    /// <summary>The media file a media YAML names, which must sit in the YAML's folder or below it.</summary>
    private static string MediaFilePath(string yamlPath, MediaFile file)
    {
        var folder = Path.GetDirectoryName(yamlPath)!;
        if (string.IsNullOrWhiteSpace(file.File))
        {
            throw new USyncException("'file' (the media file, next to this YAML) is required.");
        }

        var full = ContainedPath.Resolve(folder, file.File)
            ?? throw new USyncException($"'file' must name a file in this folder or below it; got '{file.File}'.");
        return File.Exists(full) ? full : throw new USyncException($"the media file '{file.File}' does not exist next to this YAML.");
    }

    private static byte[] MediaHashedContent(string path, byte[] yaml)
    {
        try
        {
            var file = YamlReader.Read<MediaFile>(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(yaml));
            return [.. yaml, .. SHA256.HashData(File.ReadAllBytes(MediaFilePath(path, file)))];
        }
        catch (Exception ex) when (ex is USyncException or DecoderFallbackException or IOException)
        {
            // Hashed as it is: the import then meets the same problem and reports it.
            return yaml;
        }
    }

    /// <summary>
    /// An item goes through the editorial services like an editor's work: a working copy (a new
    /// version when it changed), slug changes that leave redirects, then publish or unpublish per
    /// culture. Each step is atomic; the file counts as imported once all of them succeeded.
    /// </summary>
    private async Task<Applied> ApplyContentAsync(SiteDbContext db, string path, string text, CancellationToken cancellationToken)
    {
        var file = YamlReader.Read<ContentFile>(text);
        if (file.Key == Guid.Empty)
        {
            throw new USyncException("'key' (a GUID) is required.");
        }

        if (!DocumentTypeAliases.TryParse(file.Type, out var type))
        {
            throw new USyncException($"unknown document type '{file.Type}'.");
        }

        var definition = await db.DocumentTypeDefinitions.FirstOrDefaultAsync(d => d.Type == type, cancellationToken)
            ?? throw new USyncException($"document type '{file.Type}' has no file in {USyncFolders.DocumentTypes}.");
        RequireBlockAllowed(definition, "meeting", file.Meeting is not null);
        RequireBlockAllowed(definition, "report", file.Report is not null);
        foreach (var culture in file.Variants.Keys.Where(c => !cultures.IsKnown(c)))
        {
            throw new USyncException($"variant '{culture}' is not a configured language.");
        }

        var values = await ValuesAsync(db, file, type, cancellationToken);
        var slugs = file.Variants.Where(v => !string.IsNullOrWhiteSpace(v.Value.Slug)).ToDictionary(v => v.Key, v => v.Value.Slug!.Trim());
        var legacyId = string.IsNullOrWhiteSpace(file.LegacyId) ? null : file.LegacyId.Trim();
        var document = await queries.DocumentAsync(file.Key, cancellationToken);
        var created = document is null;
        if (document is null)
        {
            Require(await editing.CreateAsync(new CreateContentRequest { Id = file.Key, Type = type, Values = values, Slugs = slugs, LegacyId = legacyId, LegacyViewCount = file.LegacyViewCount, Comment = "uSync import" }, SystemUsers.USync, cancellationToken));
        }
        else if (document.Type != type)
        {
            throw new USyncException($"item {file.Key} is a {document.Type}; a file cannot change its type to {type}.");
        }
        else
        {
            Require(await editing.SaveAsync(new SaveContentRequest { DocumentId = file.Key, BaseVersion = document.HeadVersion, Values = values, Slugs = slugs, LegacyId = legacyId ?? "", LegacyViewCount = file.LegacyViewCount, Comment = "uSync import" }, SystemUsers.USync, cancellationToken));
            var states = await queries.StatesAsync(file.Key, cancellationToken);
            foreach (var (culture, slug) in slugs)
            {
                if (states?.Cultures.FirstOrDefault(c => c.Culture == culture) is { } state && state.Slug != slug)
                {
                    Require(await editing.ChangeSlugAsync(file.Key, culture, slug, SystemUsers.USync, cancellationToken));
                }
            }
        }

        var publish = file.Variants.Where(v => v.Value.Published).Select(v => v.Key).ToList();
        if (publish.Count > 0)
        {
            Require(await publishing.PublishAsync(file.Key, publish, SystemUsers.USync, cancellationToken: cancellationToken));
        }

        var unpublish = file.Variants.Where(v => !v.Value.Published).Select(v => v.Key).ToList();
        if (unpublish.Count > 0)
        {
            Require(await publishing.UnpublishAsync(file.Key, unpublish, SystemUsers.USync, cancellationToken));
        }

        if (file.Withdrawn is { } withdrawn)
        {
            var at = ParseDate(withdrawn.Date) ?? throw new USyncException("'withdrawn.date' is required: when the item was withdrawn.");
            Require(await withdrawal.WithdrawAsync(file.Key, withdrawn.Explanation.ToDictionary(e => e.Key, e => (string?)e.Value), SystemUsers.USync, at, cancellationToken));
        }
        else
        {
            Require(await withdrawal.UndoAsync(file.Key, SystemUsers.USync, cancellationToken));
        }

        // The file's notes become the item's history (none in the file: none kept), once a language is live.
        if (publish.Count > 0 || file.Variants.Values.Any(v => v.Changes.Count > 0))
        {
            var history = file.Variants.ToDictionary(v => v.Key, v => (IReadOnlyList<ChangeNoteEntry>)[.. v.Value.Changes.Select(c =>
                new ChangeNoteEntry(ParseDate(c.Date) ?? throw new USyncException($"'variants.{v.Key}.changes' needs a date for every note."), c.Note ?? ""))]);
            Require(await changeHistory.ReplaceAsync(file.Key, history, SystemUsers.USync, cancellationToken));
        }

        return new Applied(created);
    }

    private async Task<ContentValues> ValuesAsync(SiteDbContext db, ContentFile file, DocumentType type, CancellationToken cancellationToken)
    {
        var taxonomy = await db.TaxonomyTerms.ToListAsync(cancellationToken);
        MeetingValues? meeting = null;
        if (file.Meeting is { } block)
        {
            meeting = new MeetingValues
            {
                Format = ParseEnum<MeetingFormat>(block.Format, "meeting.format"),
                Location = ToLocalized(block.Location, "meeting.location"),
                Participants = [.. block.Participants.Select(p => new ParticipantValues
                {
                    PersonId = Resolve(taxonomy, TaxonomyKind.Person, p.Person).Id,
                    OrganisationId = p.Organisation is null ? null : Resolve(taxonomy, TaxonomyKind.Organisation, p.Organisation).Id,
                    Role = ToLocalized(p.Role, "participants.role"),
                })],
            };
        }

        ReportValues? report = null;
        if (file.Report is { } reportBlock)
        {
            var files = new Dictionary<string, string>();
            foreach (var (culture, key) in reportBlock.Files)
            {
                RequireKnownCulture(culture, "report.files");
                files[culture] = (await ResolveMediaAsync(db, key, $"report.files.{culture}", m => m.Kind == MediaFileKind.Pdf, "a PDF", cancellationToken)).Id.ToString("D");
            }

            report = new ReportValues { Year = reportBlock.Year, Kind = ParseEnum<ReportKind>(reportBlock.Kind, "report.kind"), Files = new LocalizedText(files) };
        }

        return new ContentValues
        {
            DateUtc = ParseDate(file.Date),
            ImageId = file.Image is { } image ? (await ResolveMediaAsync(db, image, "image", m => m.IsImage, "an image", cancellationToken)).Id : null,
            Taxonomy = [.. file.Topics.Select(alias => Resolve(taxonomy, TaxonomyKind.Topic, alias).Id)
                .Concat(file.Organisations.Select(alias => Resolve(taxonomy, TaxonomyKind.Organisation, alias).Id))],
            Meeting = type == DocumentType.Meeting ? meeting ?? new MeetingValues() : meeting,
            Report = report,
            Cultures = file.Variants.ToDictionary(
                v => v.Key,
                v => new CultureValues { Title = v.Value.Title, Summary = v.Value.Summary, BodyHtml = v.Value.Body ?? "", SeoDescription = v.Value.SeoDescription },
                StringComparer.OrdinalIgnoreCase),
        };
    }

    /// <summary>A service's refusal, in the import report's words.</summary>
    private static void Require(EditorialResult result)
    {
        if (!result.Succeeded)
        {
            throw new USyncException(string.Join(" ", result.Errors.Select(e => string.IsNullOrEmpty(e.Field) ? e.Message : $"{e.Field}: {e.Message}")));
        }
    }

    private LocalizedText ToLocalized(Dictionary<string, string> values, string property)
    {
        foreach (var culture in values.Keys)
        {
            RequireKnownCulture(culture, property);
        }

        return new LocalizedText(values);
    }

    private void RequireKnownCulture(string culture, string property)
    {
        if (!cultures.IsKnown(culture))
        {
            throw new USyncException($"'{property}' has a value for '{culture}', which is not a configured language.");
        }
    }

    private static async Task<MediaItem> ResolveMediaAsync(SiteDbContext db, Guid key, string property, Func<MediaItem, bool> isRightKind, string kindName, CancellationToken cancellationToken)
    {
        var item = await db.MediaItems.FindAsync([key], cancellationToken)
            ?? throw new USyncException($"'{property}' names media {key}, which is not in the library (add a YAML for it under uSync/{USyncFolders.Media}).");
        return isRightKind(item) ? item : throw new USyncException($"'{property}' must be {kindName}; media {key} is a {item.Kind} file.");
    }

    /// <summary>What applying one file did.</summary>
    private sealed record Applied(bool Created);

    private static TaxonomyItem Resolve(List<TaxonomyItem> taxonomy, TaxonomyKind kind, string alias) =>
        taxonomy.FirstOrDefault(t => t.Kind == kind && t.Alias == alias)
        ?? throw new USyncException($"no {kind.ToString().ToLowerInvariant()} with alias '{alias}' (add a file for it under uSync).");

    private static void RequireBlockAllowed(DocumentTypeDefinition definition, string block, bool present)
    {
        if (present && !definition.AllowedBlocks.Contains(block, StringComparer.OrdinalIgnoreCase))
        {
            throw new USyncException($"document type '{DocumentTypeAliases.AliasOf(definition.Type)}' does not allow a '{block}' block.");
        }
    }

    /// <summary>ISO 8601 with an offset, or a bare day ("2020-05-22") taken as midnight in the site's time zone.</summary>
    private DateTime? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return TimeZoneInfo.ConvertTimeToUtc(day, clock.TimeZone);
        }

        return value.Contains('T', StringComparison.Ordinal) &&
            DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed.UtcDateTime
            : throw new USyncException($"'date' must be ISO 8601 with an offset (2024-07-11T15:25:00+04:00) or a day (2024-07-11); got '{value}'.");
    }

    private static T ParseEnum<T>(string value, string property)
        where T : struct, Enum =>
        Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new USyncException($"'{property}' must be one of {string.Join(", ", Enum.GetNames<T>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]))}; got '{value}'.");
}
