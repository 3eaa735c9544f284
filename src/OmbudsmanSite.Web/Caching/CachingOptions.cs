namespace OmbudsmanSite.Web.Caching;

/// <summary>"Site:Caching": output caching of public pages (turned off only to measure rendering).</summary>
public sealed class CachingOptions
{
    public const string SectionName = "Site:Caching";

    public bool OutputCacheEnabled { get; set; } = true;

    /// <summary>Upper bound on a cached page's life; changes evict earlier.</summary>
    public TimeSpan OutputCacheDuration { get; set; } = TimeSpan.FromHours(1);

    public long OutputCacheSizeLimitBytes { get; set; } = 100 * 1024 * 1024;
}
