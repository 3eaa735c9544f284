using OmbudsmanSite.Core.Media;
using OmbudsmanSite.Core.Taxonomy;

namespace OmbudsmanSite.Core.Content;

/// <summary>Read side of the public site: only published variants are ever returned, and only records (values), never stored entities.</summary>
public interface IPublishedContent
{
    /// <summary>
    /// Newest first, items whose <paramref name="culture"/> variant is published, narrowed by <paramref name="filter"/>:
    /// page <paramref name="page"/> by its offset, or, given <paramref name="after"/> (a date cursor), the
    /// page that starts after it, which costs the same however deep it is.
    /// </summary>
    Task<PagedList<PublishedItem>> ListAsync(DocumentType type, string culture, ContentFilter filter, int page, int pageSize, ContentCursor? after = null, CancellationToken cancellationToken = default);

    /// <summary>A slice of the published items for the API: any listed type, filters, sort, offset or cursor, and the total.</summary>
    Task<ContentSlice> QueryAsync(ContentQuery query, CancellationToken cancellationToken = default);

    /// <summary>Years (in the site's time zone) and topics of the published items of a type, for filter forms.</summary>
    Task<ListingFacets> FacetsAsync(DocumentType type, string culture, CancellationToken cancellationToken = default);

    /// <summary>Meetings starting after <paramref name="nowUtc"/>, soonest first.</summary>
    Task<IReadOnlyList<PublishedItem>> UpcomingMeetingsAsync(string culture, DateTime nowUtc, int count, CancellationToken cancellationToken = default);

    /// <summary>Published items sharing the most topics, organisations or people with <paramref name="item"/>.</summary>
    Task<IReadOnlyList<PublishedItem>> RelatedAsync(PublishedItem item, string culture, int count, CancellationToken cancellationToken = default);

    /// <summary>Every published variant, for the sitemap.</summary>
    Task<IReadOnlyList<PublishedItem>> AllPublishedAsync(CancellationToken cancellationToken = default);

    /// <summary>The latest change to any content, for validators (ETag, Last-Modified) and feeds.</summary>
    Task<DateTime?> LastChangeUtcAsync(CancellationToken cancellationToken = default);

    /// <summary>The newest items of one type (or of every listed type when null).</summary>
    Task<IReadOnlyList<PublishedItem>> LatestAsync(string culture, DocumentType? type, int count, CancellationToken cancellationToken = default);

    /// <summary>The item with this slug in this culture, with every variant, participants and taxonomy loaded.</summary>
    /// <summary>Where each of <paramref name="ids"/> is live (those published in some language): internal links in bodies.</summary>
    Task<IReadOnlyDictionary<Guid, PublishedAddresses>> AddressesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default);

    /// <summary>The change notes of an item's published text in <paramref name="culture"/>, newest first.</summary>
    Task<IReadOnlyList<PublishedChangeNote>> ChangeNotesAsync(Guid id, string culture, CancellationToken cancellationToken = default);

    /// <summary>The item with this id, published in at least one language, with every live variant.</summary>
    Task<PublishedItem?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Every topic, organisation or person of one kind, by alias.</summary>
    Task<IReadOnlyList<PublishedTaxonomy>> TaxonomyOfKindAsync(TaxonomyKind kind, CancellationToken cancellationToken = default);

    Task<PublishedItem?> FindBySlugAsync(DocumentType type, string culture, string slug, CancellationToken cancellationToken = default);

    /// <summary>
    /// For a slug that is no live item's: where its item lives now (a redirect left by a slug change
    /// or added by hand), Gone (the item was deleted or purged), or not found.
    /// </summary>
    Task<MissingAddress> ResolveMissingAsync(DocumentType type, string culture, string slug, CancellationToken cancellationToken = default);

    Task<PublishedTaxonomy?> FindTaxonomyAsync(TaxonomyKind kind, string taxonomyAlias, CancellationToken cancellationToken = default);

    Task<IReadOnlyDictionary<Guid, PublishedTaxonomy>> TaxonomyAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken = default);

    /// <summary>Media library items by id (lead images, report files); ids not in the library are left out.</summary>
    Task<IReadOnlyDictionary<Guid, PublishedMedia>> MediaAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken = default);

    Task<IReadOnlyDictionary<DocumentType, PublishedDocumentType>> DocumentTypesAsync(CancellationToken cancellationToken = default);
}
