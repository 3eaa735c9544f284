namespace OmbudsmanSite.Core.Content;

/// <summary>A slice of published items, how many match in all, and the cursor that continues after it (null at the end).</summary>
public sealed record ContentSlice(IReadOnlyList<PublishedItem> Items, int Total, ContentCursor? Next);
