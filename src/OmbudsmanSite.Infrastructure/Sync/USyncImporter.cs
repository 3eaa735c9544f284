using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Core.Taxonomy;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Sync;

/// <summary>
/// Imports the uSync tree: document types, taxonomy, then content. Idempotent: a file whose hash
/// matches the last import is skipped, so a second start writes nothing; an edited file updates
/// its item. Each file is one transaction, so a bad file is reported and loses nothing else.
/// </summary>
public sealed class USyncImporter(
    IDbContextFactory<SiteDbContext> contextFactory,
    SiteCultures cultures,
    SiteClock clock,
    IOptions<SiteOptions> options,
    IContentChangeNotifier changes,
    ILogger<USyncImporter> logger)
{
    private delegate Task<bool> ApplyFile(SiteDbContext db, string text, CancellationToken cancellationToken);

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
        await ImportFolderAsync(folder, USyncFolders.Topics, (db, text, ct) => ApplyTaxonomyAsync(db, TaxonomyKind.Topic, text, ct), report, cancellationToken);
        await ImportFolderAsync(folder, USyncFolders.Organisations, (db, text, ct) => ApplyTaxonomyAsync(db, TaxonomyKind.Organisation, text, ct), report, cancellationToken);
        await ImportFolderAsync(folder, USyncFolders.People, (db, text, ct) => ApplyTaxonomyAsync(db, TaxonomyKind.Person, text, ct), report, cancellationToken);
        await ImportFolderAsync(folder, USyncFolders.Content, ApplyContentAsync, report, cancellationToken);

        if (report.ChangedAnything)
        {
            await changes.ContentChangedAsync(cancellationToken);
        }

        logger.LogInformation(
            "uSync import from {Folder}: {Created} created, {Updated} updated, {Unchanged} unchanged, {Failed} failed",
            folder, report.Created.Count, report.Updated.Count, report.Unchanged, report.Failed.Count);
        foreach (var (file, error) in report.Failed)
        {
            logger.LogError("uSync file {File} was not imported: {Error}", file, error);
        }

        return report;
    }

    private async Task ImportFolderAsync(string root, string subfolder, ApplyFile apply, USyncImportReport report, CancellationToken cancellationToken)
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
            var hash = Convert.ToHexString(SHA256.HashData(bytes));
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
                var created = await apply(db, text, cancellationToken);
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
                (created ? report.Created : report.Updated).Add(relativePath);
            }
            catch (Exception ex) when (ex is USyncException or ContentRuleException or DecoderFallbackException or DbUpdateException)
            {
                report.Failed.Add((relativePath, ex.Message));
            }
        }
    }

    private async Task<bool> ApplyDocumentTypeAsync(SiteDbContext db, string text, CancellationToken cancellationToken)
    {
        var file = YamlReader.Read<DocumentTypeFile>(text);
        if (!DocumentTypeAliases.TryParse(file.Alias, out var type))
        {
            throw new USyncException($"unknown document type alias '{file.Alias}'.");
        }

        var definition = await db.DocumentTypes.FindAsync([type], cancellationToken);
        var created = definition is null;
        if (definition is null)
        {
            definition = new DocumentTypeDefinition { Type = type };
            db.DocumentTypes.Add(definition);
        }

        definition.Names = ToLocalized(file.Names, "names");
        definition.Descriptions = ToLocalized(file.Descriptions, "descriptions");
        definition.AllowedBlocks = [.. file.Blocks];
        return created;
    }

    private async Task<bool> ApplyTaxonomyAsync(SiteDbContext db, TaxonomyKind kind, string text, CancellationToken cancellationToken)
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

        var item = await db.TaxonomyItems.FirstOrDefaultAsync(t => t.Kind == kind && t.Alias == file.Alias, cancellationToken);
        var created = item is null;
        if (item is null)
        {
            item = new TaxonomyItem { Id = Guid.NewGuid(), Kind = kind, Alias = file.Alias };
            db.TaxonomyItems.Add(item);
        }

        item.Names = ToLocalized(file.Names, "names");
        return created;
    }

    private async Task<bool> ApplyContentAsync(SiteDbContext db, string text, CancellationToken cancellationToken)
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

        var definition = await db.DocumentTypes.FindAsync([type], cancellationToken)
            ?? throw new USyncException($"document type '{file.Type}' has no file in {USyncFolders.DocumentTypes}.");
        RequireBlockAllowed(definition, "meeting", file.Meeting is not null);
        RequireBlockAllowed(definition, "report", file.Report is not null);

        var now = clock.UtcNow;
        var item = await db.ContentItems
            .Include(c => c.Variants).Include(c => c.Taxonomy).Include(c => c.Participants)
            .AsSplitQuery()
            .FirstOrDefaultAsync(c => c.Id == file.Key, cancellationToken);
        var created = item is null;
        if (item is null)
        {
            item = new ContentItem(file.Key, type, now);
            db.ContentItems.Add(item);
        }
        else if (item.Type != type)
        {
            throw new USyncException($"item {file.Key} is a {item.Type}; a file cannot change its type to {type}.");
        }

        item.DateUtc = ParseDate(file.Date);
        item.LegacyId = string.IsNullOrWhiteSpace(file.LegacyId) ? null : file.LegacyId.Trim();
        if (item.LegacyId is not null &&
            await db.ContentItems.Where(c => c.LegacyId == item.LegacyId && c.Id != item.Id).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken) is { } owner)
        {
            throw new USyncException($"legacyId '{item.LegacyId}' already belongs to item {owner} (a draft from the legacy import?); delete that item or remove legacyId here.");
        }
        item.LegacyViewCount = file.LegacyViewCount;
        item.Touch(now);

        var taxonomy = await db.TaxonomyItems.ToListAsync(cancellationToken);
        item.SetTaxonomy(
            file.Topics.Select(alias => Resolve(taxonomy, TaxonomyKind.Topic, alias).Id)
                .Concat(file.Organisations.Select(alias => Resolve(taxonomy, TaxonomyKind.Organisation, alias).Id)));

        if (file.Meeting is { } meeting)
        {
            item.Meeting!.Format = ParseEnum<MeetingFormat>(meeting.Format, "meeting.format");
            item.Meeting.Location = ToLocalized(meeting.Location, "meeting.location");
            item.SetParticipants(meeting.Participants.Select(p => new MeetingParticipant
            {
                PersonId = Resolve(taxonomy, TaxonomyKind.Person, p.Person).Id,
                OrganisationId = p.Organisation is null ? null : Resolve(taxonomy, TaxonomyKind.Organisation, p.Organisation).Id,
                Role = ToLocalized(p.Role, "participants.role"),
            }));
        }

        if (file.Report is { } report)
        {
            item.Report!.Year = report.Year;
            item.Report.Kind = ParseEnum<ReportKind>(report.Kind, "report.kind");
            item.Report.Files = ToLocalized(report.Files, "report.files");
        }

        foreach (var (culture, block) in file.Variants)
        {
            await ApplyVariantAsync(db, item, culture, block, now, cancellationToken);
        }

        return created;
    }

    private async Task ApplyVariantAsync(SiteDbContext db, ContentItem item, string culture, VariantBlock block, DateTime now, CancellationToken cancellationToken)
    {
        if (!cultures.IsKnown(culture))
        {
            throw new USyncException($"variant '{culture}' is not a configured language.");
        }

        var variant = item.GetVariant(culture);
        if (variant is null)
        {
            variant = item.AddVariant(culture, block.Title, now);
        }
        else if (variant.Title != block.Title.Trim())
        {
            variant.SetTitle(block.Title, now);
        }

        variant.Summary = block.Summary?.Trim();
        variant.SeoDescription = block.SeoDescription?.Trim();
        variant.BodyHtml = block.Body.Trim();
        variant.Touch(now);
        await SlugAssigner.AssignAsync(db, item, variant, block.Slug, now, cancellationToken);

        if (block.Published && !variant.IsPublished)
        {
            item.Publish(culture, now);
        }
        else if (!block.Published && variant.IsPublished)
        {
            item.Unpublish(culture, now);
        }
    }

    private LocalizedText ToLocalized(Dictionary<string, string> values, string property)
    {
        foreach (var culture in values.Keys.Where(c => !cultures.IsKnown(c)))
        {
            throw new USyncException($"'{property}' has a value for '{culture}', which is not a configured language.");
        }

        return new LocalizedText(values);
    }

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
