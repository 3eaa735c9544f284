namespace OmbudsmanSite.Web.Backoffice;

/// <summary>
/// "Site:Backoffice:SignInRateLimit": a token bucket per client address for the posts that guess at
/// accounts (sign-in, code, set-password, forgot-password). Past it the answer is 429 with a page and
/// Retry-After. The account lockout is per account; this is per network, so one client can neither try
/// many passwords nor keep many accounts locked. Behind a proxy, configure forwarded headers.
/// </summary>
public sealed class SignInRateLimitOptions
{
    public const string SectionName = "Site:Backoffice:SignInRateLimit";

    public bool Enabled { get; set; } = true;

    /// <summary>Posts allowed in a burst.</summary>
    public int Burst { get; set; } = 10;

    /// <summary>Posts added back every <see cref="Period"/>.</summary>
    public int PerPeriod { get; set; } = 5;

    public TimeSpan Period { get; set; } = TimeSpan.FromMinutes(5);
}
