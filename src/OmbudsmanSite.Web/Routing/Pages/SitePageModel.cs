using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Routing;
using OmbudsmanSite.Web.Components.Layout;
using OmbudsmanSite.Web.Components.Site;
using OmbudsmanSite.Web.Media;

namespace OmbudsmanSite.Web.Routing.Pages;

/// <summary>
/// Everything a public page shows, worked out before it renders: the frame's title, description,
/// language links, canonical address, robots flags and breadcrumbs, and the content of its kind
/// (one of <see cref="Home"/>, <see cref="List"/>, <see cref="Search"/>, <see cref="Item"/>; none
/// for the page of a deleted item).
/// </summary>
public sealed record SitePageModel
{
    public required SiteRoute Route { get; init; }

    public required string Title { get; init; }

    public string? Description { get; init; }

    public required IReadOnlyList<LanguageLink> Languages { get; init; }

    /// <summary>Whether the language links name the same content in other languages (hreflang); a deleted item's page has none.</summary>
    public bool HasAlternates { get; init; } = true;

    /// <summary>The page's own address for search engines; null when it has none (a filtered list that is no landing page).</summary>
    public string? CanonicalPath { get; init; }

    /// <summary>Search engines should not index it (search results, filter combinations), but follow its links.</summary>
    public bool NoIndex { get; init; }

    public IReadOnlyList<Crumb> Trail { get; init; } = [];

    /// <summary>The section the navigation marks as current, and whose feed the page links.</summary>
    public Section? Section { get; init; }

    /// <summary>The media the page's items show (lead images, report files), loaded at once.</summary>
    public PageMedia Media { get; init; } = PageMedia.None;

    /// <summary>Whether the answer may be kept by the output cache (not while search results come from a half-built index).</summary>
    public bool Cacheable { get; init; } = true;

    public HomeContent? Home { get; init; }

    public ListingPage? List { get; init; }

    public SearchResultsPage? Search { get; init; }

    public ItemPage? Item { get; init; }
}
