using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Core.Taxonomy;
using OmbudsmanSite.Web.Routing;

namespace OmbudsmanSite.Web.Api;

/// <summary>
/// Turns a published item into what the API gives: its variant in one language, the body with its
/// links to the site's own items as addresses (the same renderer as the pages), names of topics,
/// organisations and people in that language, and the paths of its other languages.
/// </summary>
public sealed class ApiItemWriter(IPublishedContent content, InternalLinkRenderer links, SiteUrls urls, SiteClock clock, SiteCultures cultures)
{
    public async Task<ApiItem?> WriteAsync(PublishedItem item, string culture, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.GetVariant(culture) is not { } variant)
        {
            return null;
        }

        var taxonomy = await content.TaxonomyAsync(item.LinkedTaxonomyIds(), cancellationToken);
        ApiTerm? Term(Guid? id) => id is { } key && taxonomy.TryGetValue(key, out var term)
            ? new ApiTerm(term.Alias, term.Names.Get(culture, cultures.Default.Code))
            : null;
        IReadOnlyList<ApiTerm> Terms(TaxonomyKind kind) =>
            [.. item.TaxonomyIds.Where(id => taxonomy.TryGetValue(id, out var t) && t.Kind == kind).Select(id => Term(id)!)];

        return new ApiItem(
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
                    [.. item.Participants.Where(p => taxonomy.ContainsKey(p.PersonId)).Select(p => new ApiParticipant(Term(p.PersonId)!, Term(p.OrganisationId), p.Role[culture]))])
                : null,
            item.Report is { } report
                ? new ApiReport(report.Year, Camel(report.Kind.ToString()), report.FileIds().ToDictionary(f => f.Culture, f => f.MediaId))
                : null,
            Terms(TaxonomyKind.Topic),
            Terms(TaxonomyKind.Organisation),
            cultures.All.Where(c => item.GetVariant(c.Code) is not null).ToDictionary(c => c.Code, c => urls.Item(c.Code, item)!));
    }

    /// <summary>A stored instant marked as UTC, so it is written with its "Z".</summary>
    public static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    public static DateTime? Utc(DateTime? value) => value is { } utc ? Utc(utc) : null;

    /// <summary>An enum's name as the API spells values: camelCase ("inPerson", "annual").</summary>
    public static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
