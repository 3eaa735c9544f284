namespace OmbudsmanSite.Core.Checks;

/// <summary>The last check of one external address: its outcome and the figures its message names, and when.</summary>
public sealed record ExternalLinkStatus(LinkOutcome Outcome, int? StatusCode, int Redirects, TimeSpan Elapsed, DateTime CheckedUtc);
