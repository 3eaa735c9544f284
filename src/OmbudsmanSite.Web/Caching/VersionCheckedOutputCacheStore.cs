using Microsoft.AspNetCore.OutputCaching;

namespace OmbudsmanSite.Web.Caching;

/// <summary>
/// The output cache's store, which lets go of an answer rendered in a content version that has moved
/// on. A change evicts what is cached at that moment; a request rendering across it would otherwise
/// store its old page just after, for the whole expiry. Checking after storing closes the race: the
/// version moves before its eviction, so either the eviction finds the entry or this check does.
/// </summary>
public sealed class VersionCheckedOutputCacheStore(IOutputCacheStore inner, Func<long> currentVersion) : IOutputCacheStore
{
    public ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken) => inner.EvictByTagAsync(tag, cancellationToken);

    public ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken) => inner.GetAsync(key, cancellationToken);

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        await inner.SetAsync(key, value, tags, validFor, cancellationToken);
        var rendered = tags?.FirstOrDefault(ContentVersion.IsVersionTag);
        if (rendered is not null && rendered != ContentVersion.TagOf(currentVersion()))
        {
            await inner.EvictByTagAsync(rendered, cancellationToken);
        }
    }
}
