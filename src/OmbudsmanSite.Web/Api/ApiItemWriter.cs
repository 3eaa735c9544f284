using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Core.Taxonomy;
using OmbudsmanSite.Web.Routing;
using OmbudsmanSite.Web.Routing.Pages;

namespace OmbudsmanSite.Web.Api;

/// <summary>
/// Turns a published item into what the API gives: its variant in one language, the body with its
/// links to the site's own items as addresses (the same renderer as the pages), names of topics,
/// organisations and people in that language, and the paths of its other languages.
/// </summary>
public sealed class ApiItemWriter(IPublishedContent content, InternalLinkRenderer links, SiteUrls urls, SiteClock clock, SiteCultures cultures, ApiMediaWriter media)
{
    /// <summary>The item in <paramref name="culture"/> with nothing expanded, or null when it has no variant there.</summary>
    public Task<ApiItem?> WriteAsync(PublishedItem item, string culture, CancellationToken cancellationToken = default) =>
        WriteAsync(item, culture, ApiShape.Plain, cancellationToken);

    /// <summary>The item in <paramref name="culture"/> with what <paramref name="shape"/> expands, or null when it has no variant there.</summary>
    public async Task<ApiItem?> WriteAsync(PublishedItem item, string culture, ApiShape shape, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(shape);
        if (item.GetVariant(culture) is not { } variant)
        {
            return null;
        }

        var taxonomy = await content.TaxonomyAsync(item.LinkedTaxonomyIds(), cancellationToken);
        ApiTerm? Term(Guid? id, bool expanded) => id is { } key && taxonomy.TryGetValue(key, out var term)
            ? new ApiTerm(term.Alias, term.Names.Get(culture, cultures.Default.Code)) { Names = expanded ? term.Names.Values : null }
            : null;
        // By alias: the stored links have no order of their own (PostgreSQL gives them in any), and a strong ETag promises the same bytes.
        IReadOnlyList<ApiTerm> Terms(TaxonomyKind kind) =>
            [.. item.TaxonomyIds.Where(id => taxonomy.TryGetValue(id, out var t) && t.Kind == kind).Select(id => Term(id, shape.Expands(ApiExpansion.Taxonomy))!).OrderBy(t => t.Alias, StringComparer.Ordinal)];

        var files = shape.Expands(ApiExpansion.Media) ? await content.MediaAsync(item.MediaIds(), cancellationToken) : null;
        var people = shape.Expands(ApiExpansion.Participants);
        var written = new ApiItem(
            item.Id,
            DocumentTypeAliases.AliasOf(item.Type),
            culture,
            variant.Title,
            urls.Item(culture, item)!,
            variant.Summary,
            await links.RenderAsync(variant.BodyHtml, culture, cancellationToken),
            variant.SeoDescription,
            Utc(item.DateUtc),
            item.DateUtc is { } date ? clock.ToLocal(date) : null,
            Utc(variant.PublishedUtc),
            Utc(variant.FirstPublishedUtc),
            Utc(variant.UpdatedUtc),
            item.ImageId,
            item.Meeting is { } meeting
                ? new ApiMeeting(
                    Camel(meeting.Format.ToString()),
                    meeting.Location[culture],
                    [.. item.Participants.Where(p => taxonomy.ContainsKey(p.PersonId)).Select(p => new ApiParticipant(Term(p.PersonId, people)!, Term(p.OrganisationId, people), p.Role[culture]))])
                : null,
            item.Report is { } report
                ? new ApiReport(report.Year, Camel(report.Kind.ToString()), report.FileIds().ToDictionary(f => f.Culture, f => f.MediaId))
                {
                    FileMedia = files is null ? null
                        : report.FileIds().Where(f => files.ContainsKey(f.MediaId)).ToDictionary(f => f.Culture, f => media.Write(files[f.MediaId])),
                }
                : null,
            Terms(TaxonomyKind.Topic),
            Terms(TaxonomyKind.Organisation),
            cultures.All.Where(c => item.GetVariant(c.Code) is not null).ToDictionary(c => c.Code, c => urls.Item(c.Code, item)!))
        {
            Image = files is not null && item.ImageId is { } image && files.TryGetValue(image, out var lead) ? media.Write(lead) : null,
            PublicUpdatedUtc = Utc(variant.PublicUpdatedUtc),
            ChangeNotes = variant.PublicUpdatedUtc is null ? null
                : [.. (await content.ChangeNotesAsync(item.Id, culture, cancellationToken)).Select(n => new ApiChangeNote(Utc(n.Utc), n.Note))],
            Withdrawn = item.Withdrawal is { } withdrawal
                ? new ApiWithdrawal(Utc(withdrawal.Utc), withdrawal.Explanation[culture] ?? withdrawal.Explanation.Get(culture, cultures.Default.Code))
                : null,
        };

        if (shape.Expands(ApiExpansion.Related))
        {
            var related = new List<ApiItem>();
            foreach (var other in await content.RelatedAsync(item, culture, PageResolver.RelatedCount, cancellationToken))
            {
                if (await WriteAsync(other, culture, shape.ForRelated, cancellationToken) is { } one)
                {
                    related.Add(one);
                }
            }

            written = written with { Related = related };
        }

        return written;
    }

    /// <summary>A stored instant marked as UTC, so it is written with its "Z".</summary>
    public static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    public static DateTime? Utc(DateTime? value) => value is { } utc ? Utc(utc) : null;

    /// <summary>An enum's name as the API spells values: camelCase ("inPerson", "annual").</summary>
    public static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
