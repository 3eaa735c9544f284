namespace OmbudsmanSite.Core.Search;

/// <summary>Full-text search over published content, in every language of the site.</summary>
public interface ISiteSearch
{
    SearchIndexStatus Status { get; }

    /// <summary>Never throws for bad input: words it cannot use are ignored.</summary>
    Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default);

    /// <summary>Titles in <paramref name="culture"/> matching the words typed so far, the last one as a prefix.</summary>
    Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string culture, string text, int count, CancellationToken cancellationToken = default);
}
