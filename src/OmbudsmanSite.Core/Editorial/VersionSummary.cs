namespace OmbudsmanSite.Core.Editorial;

/// <summary>A version in an item's history, without its values.</summary>
public sealed record VersionSummary(
    int Number,
    VersionKind Kind,
    int? BasedOn,
    string AuthorName,
    DateTime CreatedUtc,
    IReadOnlyList<string> CulturesChanged,
    bool InvariantChanged,
    string? Comment,
    bool Keep,
    IReadOnlyList<string> PublishedIn,
    bool Scheduled);
