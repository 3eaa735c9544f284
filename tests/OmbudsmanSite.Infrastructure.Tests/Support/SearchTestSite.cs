using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Search;
using OmbudsmanSite.Infrastructure.Editorial;
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
        Open();
    }

    public TestSite Site { get; }

    public IOptions<SearchOptions> Options { get; }

    public SearchAnalysis Analysis { get; }

    public ReferenceDataCache References { get; }

    /// <summary>The settings the indexer reads the journal's retention from (a restart takes changes).</summary>
    public EditorialOptions Editorial { get; } = new();

    public SearchIndex Index { get; private set; } = null!;

    public SearchIndexer Indexer { get; private set; } = null!;

    public SiteSearch Search { get; private set; } = null!;

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

    /// <summary>Closes the index and opens it again, as a restart of the site would; says how it caught up.</summary>
    public async Task<SearchIndexStart> RestartAsync()
    {
        Indexer.Dispose();
        Index.Dispose();
        Open();
        return await Indexer.StartAsync();
    }

    private void Open()
    {
        Index = new SearchIndex(Site.Site, Options, Analysis, NullLogger<SearchIndex>.Instance);
        Indexer = new SearchIndexer(Index, Site.Contexts, References, new SearchDocumentFactory(Site.Clock), Site.Clock, Options, Microsoft.Extensions.Options.Options.Create(Editorial), NullLogger<SearchIndexer>.Instance);
        Search = new SiteSearch(Index, Analysis, new SearchQueryBuilder(Options), Site.Clock, Options, TestMetrics.Create());
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
