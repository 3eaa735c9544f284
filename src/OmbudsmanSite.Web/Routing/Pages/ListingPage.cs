using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Taxonomy;

namespace OmbudsmanSite.Web.Routing.Pages;

/// <summary>A section's list: one page of its items, the filters asked for and those it offers.</summary>
public sealed record ListingPage(
    Section Section,
    PagedList<PublishedItem> Page,
    ListingQuery Query,
    ListingFacets Facets,
    IReadOnlyList<(string Key, PublishedTaxonomy Item)> ActiveFilters);
