using Microsoft.Extensions.Options;

namespace OmbudsmanSite.Infrastructure.Media;

/// <summary>
/// Bounds image processing: at most <see cref="MediaOptions.MaxConcurrentImageJobs"/> libvips jobs at
/// once (one per core by default), each on <see cref="MediaOptions.VipsThreadsPerJob"/> threads, and
/// libvips' own operation cache bounded in bytes. A request that cannot get a slot within
/// <see cref="MediaOptions.ImageQueueTimeout"/> is told to come back (503) instead of waiting in a pile
/// that grows with the crawl.
/// </summary>
public sealed class ImageProcessingGate : IDisposable
{
    private readonly SemaphoreSlim _slots;
    private readonly TimeSpan _timeout;
    private int _waiting;

    public ImageProcessingGate(IOptions<MediaOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var media = options.Value;
        var slots = media.MaxConcurrentImageJobs > 0 ? media.MaxConcurrentImageJobs : Environment.ProcessorCount;
        _slots = new SemaphoreSlim(slots, slots);
        _timeout = media.ImageQueueTimeout;

        // libvips keeps recent operations (and their pixels) for reuse: process-wide, so set once here.
        NetVips.Cache.MaxMem = (ulong)Math.Max(0, media.VipsCacheMaxBytes);
        NetVips.Cache.Max = media.VipsCacheMaxOperations;
        NetVips.Cache.MaxFiles = media.VipsCacheMaxFiles;
        if (media.VipsThreadsPerJob > 0)
        {
            NetVips.NetVips.Concurrency = media.VipsThreadsPerJob;
        }
    }

    /// <summary>A slot to process in, or null when none came free in time. Dispose the slot to give it back.</summary>
    public async Task<IDisposable?> TryEnterAsync(CancellationToken cancellationToken)
    {
        if (_slots.Wait(0, CancellationToken.None))
        {
            return new Slot(_slots);
        }

        Interlocked.Increment(ref _waiting);
        try
        {
            return await _slots.WaitAsync(_timeout, cancellationToken) ? new Slot(_slots) : null;
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }

    /// <summary>Jobs waiting for a slot now.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    public void Dispose() => _slots.Dispose();

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
