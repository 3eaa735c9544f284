using OmbudsmanSite.Core.Taxonomy;

namespace OmbudsmanSite.Core.Content;

/// <summary>Read side of the public site: only published variants are ever returned.</summary>
public interface IPublishedContent
{
    /// <summary>Newest first, items whose <paramref name="culture"/> variant is published.</summary>
    Task<PagedList<ContentItem>> ListAsync(DocumentType type, string culture, int page, int pageSize, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ContentItem>> LatestAsync(string culture, int count, CancellationToken cancellationToken = default);

    /// <summary>The item with this slug in this culture, with every variant, participants and taxonomy loaded.</summary>
    Task<ContentItem?> FindBySlugAsync(DocumentType type, string culture, string slug, CancellationToken cancellationToken = default);

    Task<IReadOnlyDictionary<Guid, TaxonomyItem>> TaxonomyAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken = default);

    Task<IReadOnlyDictionary<DocumentType, DocumentTypeDefinition>> DocumentTypesAsync(CancellationToken cancellationToken = default);
}
