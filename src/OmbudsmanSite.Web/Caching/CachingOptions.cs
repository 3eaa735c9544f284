namespace OmbudsmanSite.Web.Caching;

/// <summary>"Site:Caching": output caching of public pages (turned off only to measure rendering).</summary>
public sealed class CachingOptions
{
    public const string SectionName = "Site:Caching";

    public bool OutputCacheEnabled { get; set; } = true;

    /// <summary>Upper bound on a cached page's life; changes evict earlier.</summary>
    public TimeSpan OutputCacheDuration { get; set; } = TimeSpan.FromHours(1);

    /// <summary>All cached answers together, in bytes; past it the least recently used are evicted.</summary>
    public long OutputCacheSizeLimitBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>
    /// How long browsers and proxies may keep a 301 from an old content address (it may point
    /// elsewhere again: a slug taken back, a redirect removed). Kept short: at most a minute.
    /// </summary>
    public TimeSpan MovedMaxAge { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>An answer larger than this is served but not cached.</summary>
    public long OutputCacheMaxBodyBytes { get; set; } = 4 * 1024 * 1024;
}
