namespace OmbudsmanSite.Infrastructure.Search;

/// <summary>"Site:Search": where the index lives and how queries are bounded.</summary>
public sealed class SearchOptions
{
    public const string SectionName = "Site:Search";

    /// <summary>The index folder; a relative path resolves inside the data folder.</summary>
    public string IndexPath { get; set; } = "search-index";

    /// <summary>Words this long or longer tolerate one typo; <see cref="TwoTyposLength"/> and longer, two.</summary>
    public int OneTypoLength { get; set; } = 5;

    public int TwoTyposLength { get; set; } = 8;

    /// <summary>Words after this many are ignored, so a pasted paragraph cannot make a slow query.</summary>
    public int MaxWords { get; set; } = 12;

    /// <summary>Letters typed before suggestions are offered.</summary>
    public int MinSuggestionPrefix { get; set; } = 2;

    /// <summary>Characters of body text shown around the matches.</summary>
    public int SnippetLength { get; set; } = 220;

    /// <summary>Values listed per facet (the most frequent ones).</summary>
    public int MaxFacetValues { get; set; } = 12;

    /// <summary>Bound, in estimated bytes, of each analysis memo (Azerbaijani stems, cross-script name keys).</summary>
    public long AnalysisMemoBytes { get; set; } = 4L * 1024 * 1024;

    /// <summary>
    /// Searches (and suggestion look-ups) running at once; more wait their turn. Each holds a searcher
    /// and its collectors, so this bounds what a flood of queries can hold in memory. 0: two per core.
    /// </summary>
    public int MaxConcurrentSearches { get; set; }

    /// <summary>Variants per database round trip while rebuilding.</summary>
    public int RebuildBatchSize { get; set; } = 500;
}
