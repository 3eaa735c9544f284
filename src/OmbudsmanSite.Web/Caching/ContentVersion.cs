using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.OutputCaching;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Infrastructure.Search;

namespace OmbudsmanSite.Web.Caching;

/// <summary>
/// The site's content version: moves on every content change, evicting cached pages and changing
/// every page's ETag, and again once the search index has taken the change in (a search page
/// answered in between would otherwise be kept, stale, under the new version). Last-Modified is the
/// time of the latest change.
/// </summary>
public sealed class ContentVersion(IOutputCacheStore cache, TimeProvider time) : IContentChangeListener, ISearchIndexChangeListener
{
    public const string CacheTag = "content";

    // A new build renders differently: it must not answer 304 to the previous build's ETags.
    private static readonly string BuildId = typeof(ContentVersion).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..8];

    private long _version;

    private const string VersionTagPrefix = "version:";

    public DateTimeOffset LastChangeUtc { get; private set; } = DateTimeOffset.UnixEpoch;

    /// <summary>The version now; it only grows.</summary>
    public long Current => Interlocked.Read(ref _version);

    /// <summary>The output cache's tag for answers rendered in <paramref name="version"/>.</summary>
    public static string TagOf(long version) => VersionTagPrefix + version.ToString(CultureInfo.InvariantCulture);

    public static bool IsVersionTag(string tag) => tag.StartsWith(VersionTagPrefix, StringComparison.Ordinal);

    public void Initialize(DateTime? lastChangeUtc)
    {
        LastChangeUtc = lastChangeUtc is { } last ? new DateTimeOffset(DateTime.SpecifyKind(last, DateTimeKind.Utc)) : time.GetUtcNow();
        LastChangeUtc = LastChangeUtc.AddTicks(-(LastChangeUtc.Ticks % TimeSpan.TicksPerSecond)); // HTTP dates have whole seconds.
        _version = LastChangeUtc.Ticks;
    }

    public async Task OnContentChangedAsync(IReadOnlyCollection<Guid>? changedItems, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        LastChangeUtc = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
        Interlocked.Exchange(ref _version, Math.Max(Interlocked.Read(ref _version) + 1, LastChangeUtc.Ticks));
        await cache.EvictByTagAsync(CacheTag, cancellationToken);
    }

    public Task OnSearchIndexChangedAsync(CancellationToken cancellationToken = default) => OnContentChangedAsync(null, cancellationToken);

    /// <summary>A strong validator: for answers whose bytes the key (address, language, encoding) fixes.</summary>
    public string StrongETagFor(string key) => ETagFor(key)[2..];

    /// <summary>A weak validator for one URL in the current content version.</summary>
    public string ETagFor(string pathAndQuery)
    {
        var input = string.Create(CultureInfo.InvariantCulture, $"{BuildId}|{Interlocked.Read(ref _version)}|{pathAndQuery}");
        return $"W/\"{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(input)), 0, 12).ToLowerInvariant()}\"";
    }
}
