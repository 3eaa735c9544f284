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
    public static ContentFilter None { get; } = new();

    public bool IsEmpty => this == None;
}
