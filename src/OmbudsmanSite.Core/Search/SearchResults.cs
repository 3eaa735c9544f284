using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Core.Search;

/// <summary>
/// One page of results: the query's culture first, then (when widened) the other languages.
/// <see cref="OtherLanguagesCount"/> says how many more the other languages would add; it is counted
/// only when the culture has less than a page of results, and only up to <see cref="OtherLanguagesCountLimit"/>.
/// </summary>
public sealed record SearchResults(
    IReadOnlyList<SearchHit> Hits,
    int TotalCount,
    int OtherLanguagesCount,
    IReadOnlyDictionary<SearchFacet, IReadOnlyList<FacetCount>> Facets,
    string? DidYouMean,
    SearchIndexStatus Status,
    int Page,
    int PageSize)
{
    public const int OtherLanguagesCountLimit = 100;

    public int PageCount => TotalCount == 0 ? 1 : (int)Math.Ceiling(TotalCount / (double)PageSize);

    public static SearchResults Empty(SearchIndexStatus status, int pageSize) =>
        new([], 0, 0, new Dictionary<SearchFacet, IReadOnlyList<FacetCount>>(), null, status, 1, pageSize);
}

/// <summary>One published variant that matched, with its title and a snippet marked up where words matched.</summary>
public sealed record SearchHit(
    Guid ItemId,
    DocumentType Type,
    string Culture,
    string Slug,
    DateTime? DateUtc,
    HighlightedText Title,
    HighlightedText Snippet,
    float Score)
{
    /// <summary>The item was withdrawn (shown only when the search asked for withdrawn items).</summary>
    public bool Withdrawn { get; init; }
}

/// <summary>A value of a facet and how many results have it.</summary>
public sealed record FacetCount(string Value, int Count);

/// <summary>Text cut into runs, some of them matches; templates render matches as <c>mark</c>.</summary>
public sealed record HighlightedText(IReadOnlyList<TextRun> Runs, bool StartsMidText, bool EndsMidText)
{
    public static HighlightedText Plain(string text) => new(text.Length == 0 ? [] : [new TextRun(text, false)], false, false);

    public string Text => string.Concat(Runs.Select(r => r.Text));
}

public sealed record TextRun(string Text, bool IsMatch);

public enum SearchIndexStatus
{
    /// <summary>The index matches the database.</summary>
    Ready,

    /// <summary>The index is being built or brought up to date: results may be incomplete.</summary>
    Rebuilding,

    /// <summary>The index cannot be read; search answers nothing until a rebuild succeeds.</summary>
    Unavailable,
}

/// <summary>A title offered while typing, and where it leads.</summary>
public sealed record SearchSuggestion(Guid ItemId, DocumentType Type, string Culture, string Slug, string Title);
