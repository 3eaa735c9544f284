using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Search;
using OmbudsmanSite.Infrastructure.Persistence;
using OmbudsmanSite.Infrastructure.Search;

namespace OmbudsmanSite.Infrastructure.Tests.Support;

/// <summary>
/// A database with the real uSync content, the test fixtures and the search relevance corpus, and a
/// search index over it in the site's data folder.
/// </summary>
public sealed class SearchTestSite : IDisposable
{
    private SearchTestSite(TestSite site, SearchOptions options)
    {
        Site = site;
        Options = Microsoft.Extensions.Options.Options.Create(options);
        Analysis = new SearchAnalysis(site.Cultures);
        References = new ReferenceDataCache(site.Contexts);
        Index = new SearchIndex(site.Site, Options, Analysis, NullLogger<SearchIndex>.Instance);
        Indexer = new SearchIndexer(Index, site.Contexts, References, new SearchDocumentFactory(site.Clock), Options, NullLogger<SearchIndexer>.Instance);
        Search = new SiteSearch(Index, Analysis, new SearchQueryBuilder(Options), site.Clock, Options, TestMetrics.Create());
    }

    public TestSite Site { get; }

    public IOptions<SearchOptions> Options { get; }

    public SearchAnalysis Analysis { get; }

    public ReferenceDataCache References { get; }

    public SearchIndex Index { get; private set; }

    public SearchIndexer Indexer { get; private set; }

    public SiteSearch Search { get; private set; }

    public static string CorpusFolder => Path.Combine(AppContext.BaseDirectory, "SearchCorpus");

    public static async Task<SearchTestSite> CreateAsync(bool withCorpus = true, SearchOptions? options = null)
    {
        var uSync = Directory.CreateTempSubdirectory("ombudsman-search-usync-").FullName;
        TestEnvironment.CopyTree(TestSite.USyncFolder, uSync);
        TestEnvironment.CopyTree(Path.Combine(AppContext.BaseDirectory, "Fixtures"), uSync);
        if (withCorpus)
        {
            TestEnvironment.CopyTree(CorpusFolder, uSync);
        }

        var site = await TestSite.CreateSqliteAsync(uSync);
        await site.USyncImporter.ImportAsync();
        var search = new SearchTestSite(site, options ?? new SearchOptions());
        await search.Indexer.StartAsync();
        return search;
    }

    /// <summary>Closes the index and opens it again, as a restart of the site would.</summary>
    public async Task RestartAsync()
    {
        Indexer.Dispose();
        Index.Dispose();
        Index = new SearchIndex(Site.Site, Options, Analysis, NullLogger<SearchIndex>.Instance);
        Indexer = new SearchIndexer(Index, Site.Contexts, References, new SearchDocumentFactory(Site.Clock), Options, NullLogger<SearchIndexer>.Instance);
        Search = new SiteSearch(Index, Analysis, new SearchQueryBuilder(Options), Site.Clock, Options, TestMetrics.Create());
        await Indexer.StartAsync();
    }

    public Task<SearchResults> SearchAsync(string culture, string text, bool allLanguages = false) =>
        Search.SearchAsync(new SearchQuery { Culture = culture, Text = text, AllLanguages = allLanguages });

    /// <summary>Edits and republishes an item through the editorial services, as the backoffice will.</summary>
    public async Task EditAsync(Guid id, Func<ContentValues, ContentValues> edit, params string[] publish)
    {
        Site.Time.Advance(TimeSpan.FromSeconds(1));
        await Site.EditAsync(id, edit, publish);
        References.Invalidate();
    }

    /// <summary>Takes cultures off the public site through the editorial services.</summary>
    public async Task UnpublishAsync(Guid id, params string[] cultures)
    {
        Site.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.True((await Site.Publishing.UnpublishAsync(id, cultures, TestSite.Tester)).Succeeded);
    }

    public void Dispose()
    {
        Indexer.Dispose();
        Index.Dispose();
        Analysis.Dispose();
    }
}
