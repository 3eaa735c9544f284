using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Infrastructure.Media;

namespace OmbudsmanSite.Infrastructure.Tests.Media;

public sealed class ProcessedImageCacheTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("ombudsman-image-cache-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public async Task Stays_under_its_bound_by_evicting_the_least_recently_used()
    {
        // Filled by a cache with room to spare (no trim of its own runs meanwhile), trimmed by one bounded at 10 KB.
        using var filling = Cache(maxBytes: 1_000_000);
        for (var i = 0; i < 6; i++)
        {
            await filling.GetOrCreateAsync(ProcessedImageCache.KeyOf("a.jpg", $"width={i}"), () => Task.FromResult(new ProcessedImage(new byte[3_000], "image/webp", 1, 1)));
            File.SetLastAccessTimeUtc(Directory.GetFiles(filling.Root, ProcessedImageCache.KeyOf("a.jpg", $"width={i}"), SearchOption.AllDirectories)[0], DateTime.UtcNow.AddMinutes(i - 10));
        }

        using var cache = Cache(maxBytes: 10_000);

        // The newest, just read again, must survive.
        await cache.GetOrCreateAsync(ProcessedImageCache.KeyOf("a.jpg", "width=5"), () => throw new InvalidOperationException("Should be a hit."));
        await cache.TrimAsync();

        var files = Directory.GetFiles(cache.Root, "*", SearchOption.AllDirectories);
        Assert.True(files.Sum(f => new FileInfo(f).Length) <= 9_000);
        Assert.Contains(files, f => Path.GetFileName(f) == ProcessedImageCache.KeyOf("a.jpg", "width=5"));
        Assert.DoesNotContain(files, f => Path.GetFileName(f) == ProcessedImageCache.KeyOf("a.jpg", "width=0"));
        Assert.Equal(6, filling.Misses);
        Assert.Equal(0, cache.Misses);
    }

    private ProcessedImageCache Cache(long maxBytes) =>
        new(Options.Create(new SiteOptions { DataPath = _data }), Options.Create(new MediaOptions { MaxCacheBytes = maxBytes }), NullLogger<ProcessedImageCache>.Instance);
}
