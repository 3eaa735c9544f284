namespace OmbudsmanSite.Core.Content;

/// <summary>A withdrawn item's notice: when, and why, in each of its languages.</summary>
public sealed record PublishedWithdrawal(DateTime Utc, LocalizedText Explanation);
