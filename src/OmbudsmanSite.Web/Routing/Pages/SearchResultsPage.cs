using OmbudsmanSite.Core.Search;
using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Web.Routing.Pages;

/// <summary>The search page: the query, its results, and the taxonomy its facets name.</summary>
public sealed record SearchResultsPage(SearchQuery Query, SearchResults Results, IReadOnlyDictionary<string, PublishedTaxonomy> Taxonomy);
