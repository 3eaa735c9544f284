namespace OmbudsmanSite.Core.Content;

/// <summary>
/// A slice of the items published in <see cref="Culture"/>: of one type (all listed types when
/// null), narrowed by <see cref="Filter"/>, in <see cref="Sort"/> order, from <see cref="Skip"/> or
/// after the item a cursor names (deep paging without counting what lies before).
/// </summary>
public sealed record ContentQuery
{
    /// <summary>How far an offset may reach; beyond it, a cursor pages on.</summary>
    public const int MaxSkip = 10_000;

    public const int MaxTake = 100;

    public required string Culture { get; init; }

    public DocumentType? Type { get; init; }

    public ContentFilter Filter { get; init; } = ContentFilter.None;

    public ContentSort Sort { get; init; }

    public int Skip { get; init; }

    public int Take { get; init; } = 20;

    /// <summary>Where the previous slice ended (<see cref="ContentSlice.Next"/>); <see cref="Skip"/> then counts from there.</summary>
    public ContentCursor? After { get; init; }
}
