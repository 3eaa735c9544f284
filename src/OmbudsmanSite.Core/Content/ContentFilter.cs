namespace OmbudsmanSite.Core.Content;

/// <summary>What a section list is narrowed to; taxonomy is named by alias, as in URLs (?topic=gender-equality).</summary>
public sealed record ContentFilter(int? Year = null, string? Topic = null, string? Organisation = null, string? Person = null)
{
    public static ContentFilter None { get; } = new();

    public bool IsEmpty => Year is null && Topic is null && Organisation is null && Person is null;
}
