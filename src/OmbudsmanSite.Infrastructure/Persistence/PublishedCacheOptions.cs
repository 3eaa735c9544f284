namespace OmbudsmanSite.Infrastructure.Persistence;

/// <summary>"Site:PublishedCache": how much memory the published content cache may hold.</summary>
public sealed class PublishedCacheOptions
{
    public const string SectionName = "Site:PublishedCache";

    /// <summary>
    /// Upper bound, in estimated bytes, on the lists, items and facets kept between content changes.
    /// Past it the least recently used entries go first; a change empties the cache anyway.
    /// </summary>
    public long MaxBytes { get; set; } = 16L * 1024 * 1024;
}
