using OmbudsmanSite.Core.Taxonomy;

namespace OmbudsmanSite.Core.Content;

/// <summary>A topic, organisation or person as the public site and the API read it: a value, never the stored entity.</summary>
public sealed record PublishedTaxonomy(Guid Id, TaxonomyKind Kind, string Alias, LocalizedText Names)
{
    public static PublishedTaxonomy From(TaxonomyItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new(item.Id, item.Kind, item.Alias, item.Names);
    }
}
