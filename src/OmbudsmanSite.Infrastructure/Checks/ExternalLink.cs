using OmbudsmanSite.Core.Checks;

namespace OmbudsmanSite.Infrastructure.Checks;

/// <summary>
/// An external address named in published content, and its last check. A node checks a host's due
/// links under a claim (<see cref="ClaimedBy"/> until <see cref="ClaimedUntilUtc"/>), so across all
/// nodes a host gets one request at a time.
/// </summary>
public sealed class ExternalLink
{
    public const int MaxUrlLength = 2048;

    public required string Url { get; init; }

    /// <summary>The host in lower case, which claims and politeness go by.</summary>
    public required string Host { get; init; }

    /// <summary>When a published text last named the address; one not named for a while is forgotten.</summary>
    public DateTime LastLinkedUtc { get; set; }

    public DateTime? CheckedUtc { get; set; }

    public LinkOutcome? Outcome { get; set; }

    public int? StatusCode { get; set; }

    public int Redirects { get; set; }

    public int ElapsedMilliseconds { get; set; }

    public string? ClaimedBy { get; set; }

    public DateTime? ClaimedUntilUtc { get; set; }
}
