namespace OmbudsmanSite.Core.Editorial;

/// <summary>What a user's dashboard lists, each part short, newest or soonest first; <see cref="Items"/> holds the states of every item the parts name.</summary>
public sealed record DashboardView(
    IReadOnlyList<ItemStateSummary> MyDrafts,
    IReadOnlyList<ContentSchedule> ScheduledThisWeek,
    IReadOnlyList<ItemStateSummary> RecentlyPublished,
    IReadOnlyList<ContentSchedule> FailedSchedules,
    IReadOnlyList<ItemStateSummary> MissingCultures,
    IReadOnlyDictionary<Guid, ItemStateSummary> Items);
