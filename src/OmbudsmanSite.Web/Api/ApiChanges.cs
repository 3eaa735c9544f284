namespace OmbudsmanSite.Web.Api;

/// <summary>A page of the sync feed: apply <see cref="Changes"/> in order, then ask again with <c>since=</c><see cref="Next"/>; <see cref="More"/> says a page is waiting.</summary>
public sealed record ApiChanges(IReadOnlyList<ApiChange> Changes, long Next, bool More);
