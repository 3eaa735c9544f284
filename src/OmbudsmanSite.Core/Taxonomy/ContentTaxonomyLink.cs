namespace OmbudsmanSite.Core.Taxonomy;

public sealed class ContentTaxonomyLink
{
    public Guid ContentItemId { get; set; }

    public Guid TaxonomyItemId { get; set; }
}
