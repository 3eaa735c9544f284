namespace OmbudsmanSite.Web.Api;

/// <summary>A slice of items: how many match in all, where the slice starts, and the cursor for the next (null at the end).</summary>
public sealed record ApiList(int Total, int Skip, int Take, IReadOnlyList<ApiItem> Items, string? Next);
