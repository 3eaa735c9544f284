namespace OmbudsmanSite.Web.Search;

/// <summary>
/// "Site:Search:RateLimit": a token bucket per client address for the search page and one for
/// suggestions (typing asks for more, so it gets more). Behind a proxy, configure forwarded headers
/// so the client's address is the visitor's.
/// </summary>
public sealed class SearchRateLimitOptions
{
    public const string SectionName = "Site:Search:RateLimit";

    public bool Enabled { get; set; } = true;

    /// <summary>Searches allowed in a burst.</summary>
    public int SearchBurst { get; set; } = 20;

    /// <summary>Searches added back every <see cref="Period"/>.</summary>
    public int SearchPerPeriod { get; set; } = 10;

    public int SuggestionBurst { get; set; } = 60;

    public int SuggestionsPerPeriod { get; set; } = 30;

    public TimeSpan Period { get; set; } = TimeSpan.FromSeconds(10);
}
