namespace OmbudsmanSite.Infrastructure.Search.Analysis;

/// <summary>
/// The bound of each analysis memo (<see cref="WordCache{T}"/>). The memos are process-wide, as the
/// analysis chains are, so the bound is too: set once from <see cref="SearchOptions.AnalysisMemoBytes"/>.
/// </summary>
internal static class WordCacheBudget
{
    private static long _maxBytesPerCache = new SearchOptions().AnalysisMemoBytes;

    public static long MaxBytesPerCache
    {
        get => Interlocked.Read(ref _maxBytesPerCache);
        set => Interlocked.Exchange(ref _maxBytesPerCache, Math.Max(1024, value));
    }
}
