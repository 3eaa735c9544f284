using OmbudsmanSite.Core.Taxonomy;

namespace OmbudsmanSite.Core.Content;

/// <summary>
/// The values a section's filter form offers: years, topics, organisations and people that occur in
/// its published items.
/// </summary>
public sealed record ListingFacets(
    IReadOnlyList<int> Years,
    IReadOnlyList<TaxonomyItem> Topics,
    IReadOnlyList<TaxonomyItem> Organisations,
    IReadOnlyList<TaxonomyItem> People);
