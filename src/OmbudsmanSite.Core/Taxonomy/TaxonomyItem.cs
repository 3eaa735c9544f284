using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Core.Taxonomy;

/// <summary>
/// A topic, organisation or person: a name per language and a stable ASCII alias, so visitors
/// can find every meeting with OHCHR or about gender equality.
/// </summary>
public sealed class TaxonomyItem
{
    public Guid Id { get; set; }

    public TaxonomyKind Kind { get; set; }

    /// <summary>Stable, URL-safe key: "ohchr", "gender-equality", "sabina-aliyeva".</summary>
    public string Alias { get; set; } = "";

    public LocalizedText Names { get; set; } = new();
}
