using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Web.Components.Site;

/// <summary>What the home page shows, one list per block.</summary>
public sealed record HomeContent(
    IReadOnlyList<ContentItem> News,
    IReadOnlyList<ContentItem> UpcomingMeetings,
    IReadOnlyList<ContentItem> RecentMeetings,
    IReadOnlyList<ContentItem> Reports);
