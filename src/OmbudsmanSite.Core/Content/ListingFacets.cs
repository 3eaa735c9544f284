namespace OmbudsmanSite.Core.Content;

/// <summary>
/// The values a section's filter form offers: years, topics, organisations and people that occur in
/// its published items.
/// </summary>
public sealed record ListingFacets(
    IReadOnlyList<int> Years,
    IReadOnlyList<PublishedTaxonomy> Topics,
    IReadOnlyList<PublishedTaxonomy> Organisations,
    IReadOnlyList<PublishedTaxonomy> People);
