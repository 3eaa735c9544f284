using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Web.Components.Site;

/// <summary>What the home page shows, one list per block.</summary>
public sealed record HomeContent(
    IReadOnlyList<PublishedItem> News,
    IReadOnlyList<PublishedItem> UpcomingMeetings,
    IReadOnlyList<PublishedItem> RecentMeetings,
    IReadOnlyList<PublishedItem> Reports);
