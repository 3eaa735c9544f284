namespace OmbudsmanSite.Core.Content;

/// <summary>
/// What a section list is narrowed to; taxonomy is named by alias, as in URLs (?topic=gender-equality).
/// <see cref="From"/> and <see cref="To"/> are days in the site's time zone, both included.
/// </summary>
public sealed record ContentFilter(
    int? Year = null,
    string? Topic = null,
    string? Organisation = null,
    string? Person = null,
    MeetingFormat? Format = null,
    DateOnly? From = null,
    DateOnly? To = null)
{
    /// <summary>Withdrawn items too (lists, feeds and search leave them out unless asked).</summary>
    public bool IncludeWithdrawn { get; init; }

    public static ContentFilter None { get; } = new();

    public bool IsEmpty => this == None;

    /// <summary>How many filters are chosen; a date range, from and to, counts as one.</summary>
    public int Count =>
        (Year is null ? 0 : 1) + (Topic is null ? 0 : 1) + (Organisation is null ? 0 : 1) + (Person is null ? 0 : 1) +
        (Format is null ? 0 : 1) + (From is null && To is null ? 0 : 1);

    /// <summary>
    /// A list narrowed to one year, topic, organisation, person or format is a landing page of its own
    /// (every meeting with OHCHR): indexable and in the sitemap. Combinations and date ranges are not,
    /// so the crawl space stays as large as the taxonomy (Google's faceted-navigation guidance).
    /// </summary>
    public bool IsLandingPage => Count <= 1 && From is null && To is null;
}
