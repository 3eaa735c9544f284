namespace OmbudsmanSite.Web.Api;

/// <summary>"Site:Api:RateLimit": a token bucket per client address; a refused request gets a 429 problem with Retry-After.</summary>
public sealed class ApiRateLimitOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Requests allowed in a burst.</summary>
    public int Burst { get; set; } = 120;

    /// <summary>Requests added back every <see cref="Period"/>.</summary>
    public int PerPeriod { get; set; } = 60;

    public TimeSpan Period { get; set; } = TimeSpan.FromSeconds(10);
}
