using Microsoft.AspNetCore.OutputCaching;
using OmbudsmanSite.Infrastructure.Diagnostics;

namespace OmbudsmanSite.Web.Caching;

/// <summary>
/// Counts, for <c>/metrics</c>, each cacheable public answer as a hit (served from the output cache) or
/// a miss (rendered). Added last to the public policies, so it sees whether the others allowed a lookup.
/// </summary>
public sealed class OutputCacheLookupCounting(SiteMetrics metrics) : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        metrics.OutputCacheLookup(hit: true);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.AllowCacheLookup)
        {
            metrics.OutputCacheLookup(hit: false);
        }

        return ValueTask.CompletedTask;
    }
}
