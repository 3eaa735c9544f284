using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Taxonomy;

namespace OmbudsmanSite.Web.Routing.Pages;

/// <summary>An item in one language, with what its page shows beside it.</summary>
public sealed record ItemPage(
    PublishedItem Item,
    PublishedVariant Variant,
    IReadOnlyDictionary<Guid, PublishedTaxonomy> Taxonomy,
    IReadOnlyDictionary<DocumentType, PublishedDocumentType> DocumentTypes,
    IReadOnlyList<PublishedItem> Related)
{
    /// <summary>The language's change notes, newest first (none until a significant publish).</summary>
    public IReadOnlyList<PublishedChangeNote> ChangeNotes { get; init; } = [];
}
