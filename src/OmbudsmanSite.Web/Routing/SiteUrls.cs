using System.Globalization;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Core.Routing;
using OmbudsmanSite.Core.Search;

namespace OmbudsmanSite.Web.Routing;

/// <summary>
/// Every public URL is built here, from the paths <see cref="SiteRouter"/> writes (/{culture},
/// /{culture}/{section}, /{culture}/{section}/{slug}, /{culture}/{slug}) with their queries: paging,
/// filters, search terms, feeds.
/// </summary>
public sealed class SiteUrls(SiteRouter router, IOptions<SiteOptions> options)
{
    /// <summary>Where the JSON endpoints live (suggestions, later the content API): never crawled.</summary>
    public const string ApiPrefix = "/api/";

    public string Home(string culture) => router.PathOf(SiteRoute.Home(culture));

    public string Section(string culture, Section section, int page = 1) =>
        router.PathOf(SiteRoute.List(culture, section)) + (page > 1 ? "?page=" + page.ToString(CultureInfo.InvariantCulture) : "");

    /// <summary>A filtered list, e.g. every meeting with OHCHR: /en/meetings?organisation=ohchr; <paramref name="after"/>: a cursor token where the page starts.</summary>
    public string Section(string culture, Section section, ListingQuery query, int page, string? after = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        return router.PathOf(SiteRoute.List(culture, section)) + query.ToQueryString(page, after);
    }

    public string Feed(string culture, Section? section = null) =>
        (section is { } listed ? router.PathOf(SiteRoute.List(culture, listed)) : Home(culture)) + "/" + FeedFileName;

    public const string FeedFileName = "feed.xml";

    /// <summary>The item's URL in <paramref name="culture"/>, or null when it has no published variant there.</summary>
    public string? Item(string culture, PublishedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var variant = item.GetVariant(culture);
        if (variant is null)
        {
            return null;
        }

        return Item(culture, item.Type, variant.Slug);
    }

    /// <summary>The URL of a published variant known by its type and slug (search results, suggestions).</summary>
    public string Item(string culture, DocumentType type, string slug) => router.PathOf(SiteRoute.ForItem(culture, type, slug));

    /// <summary>The search page, e.g. /az/axtaris?q=görüş.</summary>
    public string Search(string culture, SearchQuery? query = null, int page = 1) =>
        router.PathOf(SiteRoute.Search(culture)) + (query is null ? "" : SearchQueryString.ToQueryString(query, page));

    public string Absolute(HttpRequest request, string path)
    {
        ArgumentNullException.ThrowIfNull(request);
        var origin = string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl)
            ? $"{request.Scheme}://{request.Host}"
            : options.Value.PublicBaseUrl.TrimEnd('/');
        return origin + path;
    }
}
