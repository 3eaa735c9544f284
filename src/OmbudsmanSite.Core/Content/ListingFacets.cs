using OmbudsmanSite.Core.Taxonomy;

namespace OmbudsmanSite.Core.Content;

/// <summary>The values a section's filter form offers: years and topics that occur in published items.</summary>
public sealed record ListingFacets(IReadOnlyList<int> Years, IReadOnlyList<TaxonomyItem> Topics);
