namespace OmbudsmanSite.Core.Editorial;

/// <summary>A reviewer's decision for one language: approve now, schedule (with the instant, in UTC), or send back.</summary>
public sealed record LanguageDecision(ReviewVerdict Verdict, DateTime? PublishAtUtc = null);
