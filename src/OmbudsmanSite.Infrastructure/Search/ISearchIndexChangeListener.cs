namespace OmbudsmanSite.Infrastructure.Search;

/// <summary>
/// Told after the search index has taken in changes (and at the end of its start-up check). The
/// index follows the change journal a moment after the caches do: a search answered in between
/// holds the old results, so whatever kept it (the output cache, a browser's validator) must let go again.
/// </summary>
public interface ISearchIndexChangeListener
{
    Task OnSearchIndexChangedAsync(CancellationToken cancellationToken = default);
}
