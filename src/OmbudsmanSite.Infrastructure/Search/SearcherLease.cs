using Lucene.Net.Search;

namespace OmbudsmanSite.Infrastructure.Search;

/// <summary>A searcher borrowed from the <see cref="SearcherManager"/>; disposing gives it back.</summary>
public sealed class SearcherLease : IDisposable
{
    private readonly SearcherManager _manager;

    internal SearcherLease(SearcherManager manager)
    {
        _manager = manager;
        Searcher = manager.Acquire();
    }

    public IndexSearcher Searcher { get; }

    public void Dispose() => _manager.Release(Searcher);
}
