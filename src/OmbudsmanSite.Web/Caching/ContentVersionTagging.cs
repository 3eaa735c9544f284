using Microsoft.AspNetCore.OutputCaching;

namespace OmbudsmanSite.Web.Caching;

/// <summary>
/// Tags each cacheable answer with the content version it was rendered in, so that an answer still
/// rendering when the version moved is not kept (<see cref="VersionCheckedOutputCacheStore"/>).
/// </summary>
public sealed class ContentVersionTagging(ContentVersion version) : IOutputCachePolicy
{
    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Tags.Add(ContentVersion.TagOf(version.Current));
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}
