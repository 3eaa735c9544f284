using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Taxonomy;

namespace OmbudsmanSite.Web.Routing.Pages;

/// <summary>
/// A section's list: one page of its items, the filters asked for and those it offers, and where its
/// Next link leads when that is a cursor (deep pages) rather than the next page's number.
/// </summary>
public sealed record ListingPage(
    Section Section,
    PagedList<PublishedItem> Page,
    ListingQuery Query,
    ListingFacets Facets,
    IReadOnlyList<(string Key, PublishedTaxonomy Item)> ActiveFilters,
    string? NextUrl = null);
