namespace OmbudsmanSite.Core.Editorial;

/// <summary>What a user's dashboard lists, each part short, newest or soonest first; <see cref="Items"/> holds the states of every item the parts name.</summary>
public sealed record DashboardView(
    IReadOnlyList<ItemStateSummary> MyDrafts,
    IReadOnlyList<ContentSchedule> ScheduledThisWeek,
    IReadOnlyList<ItemStateSummary> RecentlyPublished,
    IReadOnlyList<ContentSchedule> FailedSchedules,
    IReadOnlyList<ItemStateSummary> MissingCultures,
    IReadOnlyDictionary<Guid, ItemStateSummary> Items)
{
    /// <summary>Submissions the user may decide on (someone else's), oldest first.</summary>
    public IReadOnlyList<ReviewRequest> AwaitingMyReview { get; init; } = [];

    /// <summary>Force publishes still owing their retrospective review: shown to everyone until it is done.</summary>
    public IReadOnlyList<ReviewRequest> ForcePublished { get; init; } = [];

    /// <summary>The user's own submissions sent back in the last 30 days, newest first.</summary>
    public IReadOnlyList<ReviewRequest> SentBackToMe { get; init; } = [];

    public IReadOnlyList<ItemStateSummary> TranslationsOutOfDate { get; init; } = [];
}
