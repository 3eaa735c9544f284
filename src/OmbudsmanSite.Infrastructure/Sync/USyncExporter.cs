using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Taxonomy;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Infrastructure.Media;
using OmbudsmanSite.Infrastructure.Persistence;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace OmbudsmanSite.Infrastructure.Sync;

/// <summary>
/// Writes the site as a uSync tree the importer reads back: document types, taxonomy, media (each
/// YAML beside its file) and content as published (with <c>drafts</c>, also the working copies of
/// items never published, as unpublished). The output depends on the data alone: files named by
/// alias or key, keys and lists in a fixed order, no timestamps, so exporting, importing into an
/// empty database and exporting again gives the same bytes.
/// </summary>
public sealed class USyncExporter(IDbContextFactory<SiteDbContext> contexts, ExportQueries queries, MediaQueries mediaQueries, LocalMediaStorage storage, SiteClock clock)
{
    private static readonly ISerializer Yaml = new SerializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull | DefaultValuesHandling.OmitEmptyCollections)
        .WithNewLine("\n")
        .Build();

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public async Task<USyncExportReport> ExportAsync(string folder, bool drafts = false, CancellationToken cancellationToken = default)
    {
        folder = Path.GetFullPath(folder);
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            throw new USyncException($"'{folder}' is not empty: export into a new folder, so no stale file is read back.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var types = await db.DocumentTypeDefinitions.ToListAsync(cancellationToken);
        foreach (var type in types)
        {
            var alias = DocumentTypeAliases.AliasOf(type.Type);
            await WriteAsync(folder, [USyncFolders.DocumentTypes, alias + ".yaml"], new DocumentTypeFile
            {
                Alias = alias,
                Names = Sorted(type.Names.Values),
                Descriptions = Sorted(type.Descriptions.Values),
                Blocks = [.. type.AllowedBlocks],
            }, cancellationToken);
        }

        var terms = await db.TaxonomyTerms.ToListAsync(cancellationToken);
        foreach (var term in terms)
        {
            await WriteAsync(folder, [FolderOf(term.Kind), term.Alias + ".yaml"], new TaxonomyFile { Alias = term.Alias, Names = Sorted(term.Names.Values) }, cancellationToken);
        }

        var media = await ExportMediaAsync(db, folder, cancellationToken);
        var content = await ExportContentAsync(db, folder, terms.ToDictionary(t => t.Id), drafts, cancellationToken);
        return new USyncExportReport(types.Count, terms.Count, media, content);
    }

    private async Task<int> ExportMediaAsync(SiteDbContext db, string folder, CancellationToken cancellationToken)
    {
        var folders = (await mediaQueries.FolderPathsAsync(cancellationToken)).ToDictionary(f => f.Id, f => f.Path);
        var items = await db.MediaItems.AsNoTracking().ToListAsync(cancellationToken);
        foreach (var item in items)
        {
            var libraryFolder = item.FolderId is { } folderId ? folders.GetValueOrDefault(folderId, "") : "";
            var at = Path.Combine([folder, USyncFolders.Media, .. libraryFolder.Split('/', StringSplitOptions.RemoveEmptyEntries)]);
            var key = item.Id.ToString("D");

            // The file keeps its stored name (so its public address does not change), in a folder of its own.
            var file = $"{item.Id:N}/{item.FileName}";
            var bytes = await storage.ReadAsync(item.StoragePath, cancellationToken) ?? throw new USyncException($"media item {key}: its file {item.StoragePath} is missing from storage.");
            Directory.CreateDirectory(Path.Combine(at, item.Id.ToString("N")));
            await File.WriteAllBytesAsync(Path.Combine(at, item.Id.ToString("N"), item.FileName), bytes, cancellationToken);
            await WriteFileAsync(Path.Combine(at, key + ".yaml"), new MediaFile
            {
                Key = item.Id,
                Name = item.Name,
                Folder = libraryFolder.Length == 0 ? null : libraryFolder,
                File = file,
                Alt = Sorted(item.AltText.Values),
                Caption = Sorted(item.Caption.Values),
            }, cancellationToken);
        }

        return items.Count;
    }

    private async Task<int> ExportContentAsync(SiteDbContext db, string folder, Dictionary<Guid, TaxonomyItem> terms, bool drafts, CancellationToken cancellationToken)
    {
        var documents = await queries.DocumentsAsync(cancellationToken);
        var published = await db.PublishedItems.Include(i => i.Variants).Include(i => i.Taxonomy).Include(i => i.Participants)
            .AsSplitQuery().ToListAsync(cancellationToken);
        var changes = (await db.PublishedChangeNotes.OrderBy(n => n.Utc).ThenBy(n => n.Id).ToListAsync(cancellationToken)).ToLookup(n => (n.DocumentId, n.Culture));
        var count = 0;
        foreach (var item in published.Where(i => documents.ContainsKey(i.Id)))
        {
            var document = documents[item.Id];
            var links = item.Taxonomy.Select(l => terms[l.TaxonomyItemId]).ToList();
            await WriteContentAsync(folder, new ContentFile
            {
                Key = item.Id,
                Type = DocumentTypeAliases.AliasOf(item.Type),
                Date = Date(item.DateUtc),
                LegacyId = document.LegacyId,
                LegacyViewCount = document.LegacyViewCount,
                Image = item.ImageId,
                Meeting = item.Meeting is { } meeting
                    ? Meeting(meeting.Format, meeting.Location, item.Participants.OrderBy(p => p.SortOrder).Select(p => (p.PersonId, p.OrganisationId, p.Role)), terms)
                    : null,
                Report = item.Report is { } report ? new ReportBlock { Year = report.Year, Kind = report.Kind.ToString(), Files = report.FileIds().OrderBy(f => f.Culture, StringComparer.Ordinal).ToDictionary(f => f.Culture, f => f.MediaId) } : null,
                Topics = Aliases(links, TaxonomyKind.Topic),
                Organisations = Aliases(links, TaxonomyKind.Organisation),
                Variants = item.Variants.OrderBy(v => v.Culture, StringComparer.Ordinal).ToDictionary(v => v.Culture, v => new VariantBlock
                {
                    Published = true,
                    Title = v.Title,
                    Slug = v.Slug,
                    Summary = v.Summary,
                    SeoDescription = v.SeoDescription,
                    Body = v.BodyHtml,
                    Changes = [.. changes[(item.Id, v.Culture)].Select(n => new ChangeBlock { Date = Date(n.Utc)!, Note = n.Note })],
                }),
                Withdrawn = item.WithdrawnUtc is { } withdrawn
                    ? new WithdrawalBlock { Date = Date(withdrawn)!, Explanation = Sorted(item.WithdrawalExplanation.Values).ToDictionary(e => e.Key, e => e.Value) }
                    : null,
            }, cancellationToken);
            count++;
        }

        if (!drafts)
        {
            return count;
        }

        var live = published.Select(i => i.Id).ToHashSet();
        foreach (var document in documents.Values.Where(d => !live.Contains(d.Id)).OrderBy(d => d.Id))
        {
            if (await queries.WorkingCopyAsync(document.Id, cancellationToken) is not var (values, slugs))
            {
                continue;
            }

            var links = values.Taxonomy.Where(terms.ContainsKey).Select(id => terms[id]).ToList();
            await WriteContentAsync(folder, new ContentFile
            {
                Key = document.Id,
                Type = DocumentTypeAliases.AliasOf(document.Type),
                Date = Date(values.DateUtc),
                LegacyId = document.LegacyId,
                LegacyViewCount = document.LegacyViewCount,
                Image = values.ImageId,
                Meeting = values.Meeting is { } meeting
                    ? Meeting(meeting.Format, meeting.Location, meeting.Participants.Select(p => (p.PersonId, p.OrganisationId, p.Role)), terms)
                    : null,
                Report = values.Report is { } report ? new ReportBlock { Year = report.Year, Kind = report.Kind.ToString(), Files = Sorted(report.Files.Values).ToDictionary(f => f.Key, f => Guid.Parse(f.Value, CultureInfo.InvariantCulture)) } : null,
                Topics = Aliases(links, TaxonomyKind.Topic),
                Organisations = Aliases(links, TaxonomyKind.Organisation),
                Variants = values.Cultures.OrderBy(c => c.Key, StringComparer.Ordinal).ToDictionary(c => c.Key, c => new VariantBlock
                {
                    Published = false,
                    Title = c.Value.Title,
                    Slug = slugs.GetValueOrDefault(c.Key),
                    Summary = c.Value.Summary,
                    SeoDescription = c.Value.SeoDescription,
                    Body = c.Value.BodyHtml,
                }),
            }, cancellationToken);
            count++;
        }

        return count;
    }

    /// <summary>A meeting's block, from the published projection or a working copy alike: people and organisations by alias.</summary>
    private static MeetingBlock Meeting(MeetingFormat format, LocalizedText location, IEnumerable<(Guid Person, Guid? Organisation, LocalizedText Role)> participants, Dictionary<Guid, TaxonomyItem> terms) => new()
    {
        Format = format.ToString(),
        Location = Sorted(location.Values),
        Participants = [.. participants.Select(p => new ParticipantBlock
        {
            Person = terms[p.Person].Alias,
            Organisation = p.Organisation is { } organisation ? terms[organisation].Alias : null,
            Role = Sorted(p.Role.Values),
        })],
    };

    private static Task WriteContentAsync(string folder, ContentFile file, CancellationToken cancellationToken) =>
        WriteAsync(folder, [USyncFolders.Content, file.Type, file.Key.ToString("D") + ".yaml"], file, cancellationToken);

    private static Task WriteAsync(string folder, string[] path, object file, CancellationToken cancellationToken) =>
        WriteFileAsync(Path.Combine([folder, .. path]), file, cancellationToken);

    private static async Task WriteFileAsync(string path, object file, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, Yaml.Serialize(file), Utf8, cancellationToken);
    }

    private string? Date(DateTime? utc) =>
        utc is { } value ? clock.ToLocal(value).ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture) : null;

    private static List<string> Aliases(List<TaxonomyItem> terms, TaxonomyKind kind) =>
        [.. terms.Where(t => t.Kind == kind).Select(t => t.Alias).Order(StringComparer.Ordinal)];

    private static Dictionary<string, string> Sorted(IReadOnlyDictionary<string, string> values) =>
        values.OrderBy(v => v.Key, StringComparer.Ordinal).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);

    private static string FolderOf(TaxonomyKind kind) => kind switch
    {
        TaxonomyKind.Topic => USyncFolders.Topics,
        TaxonomyKind.Organisation => USyncFolders.Organisations,
        _ => USyncFolders.People,
    };
}
