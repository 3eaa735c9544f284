using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Taxonomy;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Site;

/// <summary>When the content store fails, the visitor gets a 500 page in their language, not a stack trace.</summary>
public sealed class ErrorPageTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    [Theory]
    [InlineData("/ru/vstrechi", "Произошла ошибка", "ru")]
    [InlineData("/az", "Xəta baş verdi", "az")]
    public async Task A_failing_page_shows_the_error_page_in_its_language(string path, string heading, string lang)
    {
        using var failing = factory.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<IPublishedContent, FailingContent>()));
        var client = failing.CreateClient();

        var page = await client.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.InternalServerError, page.Status);
        Assert.Equal(heading, page.H1);
        Assert.Equal(lang, page.Lang);
        Assert.DoesNotContain(nameof(FailingContent), page.Document.Body!.TextContent, StringComparison.Ordinal);
    }

    private sealed class FailingContent : IPublishedContent
    {
        public Task<IReadOnlyDictionary<Guid, PublishedAddresses>> AddressesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default) => throw Failure();

        public Task<PagedList<PublishedItem>> ListAsync(DocumentType type, string culture, ContentFilter filter, int page, int pageSize, ContentCursor? after = null, CancellationToken cancellationToken = default) => throw Failure();

        public Task<ContentSlice> QueryAsync(ContentQuery query, CancellationToken cancellationToken = default) => throw Failure();

        public Task<IReadOnlyList<PublishedChangeNote>> ChangeNotesAsync(Guid id, string culture, CancellationToken cancellationToken = default) => throw Failure();

        public Task<ListingFacets> FacetsAsync(DocumentType type, string culture, CancellationToken cancellationToken = default) => throw Failure();

        public Task<IReadOnlyList<PublishedItem>> UpcomingMeetingsAsync(string culture, DateTime nowUtc, int count, CancellationToken cancellationToken = default) => throw Failure();

        public Task<IReadOnlyList<PublishedItem>> RelatedAsync(PublishedItem item, string culture, int count, CancellationToken cancellationToken = default) => throw Failure();

        public Task<IReadOnlyList<PublishedItem>> AllPublishedAsync(CancellationToken cancellationToken = default) => throw Failure();

        // The store fails after start-up: the site came up, then the database went away.
        public Task<DateTime?> LastChangeUtcAsync(CancellationToken cancellationToken = default) => Task.FromResult<DateTime?>(null);

        public Task<IReadOnlyList<PublishedItem>> LatestAsync(string culture, DocumentType? type, int count, CancellationToken cancellationToken = default) => throw Failure();

        public Task<MissingAddress> ResolveMissingAsync(DocumentType type, string culture, string slug, CancellationToken cancellationToken = default) => throw Failure();

        public Task<PublishedTaxonomy?> FindTaxonomyAsync(TaxonomyKind kind, string taxonomyAlias, CancellationToken cancellationToken = default) => throw Failure();

        public Task<PublishedItem?> FindAsync(Guid id, CancellationToken cancellationToken = default) => throw Failure();

        public Task<IReadOnlyList<PublishedTaxonomy>> TaxonomyOfKindAsync(TaxonomyKind kind, CancellationToken cancellationToken = default) => throw Failure();

        public Task<PublishedItem?> FindBySlugAsync(DocumentType type, string culture, string slug, CancellationToken cancellationToken = default) => throw Failure();

        public Task<IReadOnlyDictionary<Guid, PublishedTaxonomy>> TaxonomyAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken = default) => throw Failure();

        public Task<IReadOnlyDictionary<Guid, PublishedMedia>> MediaAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken = default) => throw Failure();

        public Task<IReadOnlyDictionary<DocumentType, PublishedDocumentType>> DocumentTypesAsync(CancellationToken cancellationToken = default) => throw Failure();

        private static InvalidOperationException Failure() => new($"{nameof(FailingContent)}: the database is down.");
    }
}
