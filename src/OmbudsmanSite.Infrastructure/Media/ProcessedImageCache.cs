using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Configuration;

namespace OmbudsmanSite.Infrastructure.Media;

/// <summary>
/// Processed images on disk, one file per source path and canonical commands. Concurrent requests
/// for a derivative not yet made share one processing (single flight). The folder is kept under
/// <see cref="MediaOptions.MaxCacheBytes"/> by deleting the least recently used files.
/// </summary>
public sealed class ProcessedImageCache(IOptions<SiteOptions> site, IOptions<MediaOptions> options, ILogger<ProcessedImageCache> logger) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Task<CachedImage>>> _inFlight = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _trimming = new(1, 1);
    private long _approximateBytes;
    private int _measured;

    public string Root { get; } = Path.GetFullPath(options.Value.CachePath, site.Value.ResolveDataPath());

    /// <summary>How many derivatives were processed (not served from disk): for tests and metrics.</summary>
    public long Misses => Interlocked.Read(ref _misses);

    private long _misses;

    public static string KeyOf(string path, string canonicalCommands) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(path + "?" + canonicalCommands)));

    /// <summary>The derivative when it is already on disk (no source read, no processing).</summary>
    public CachedImage? TryGet(string key) => TryRead(FileFor(key));

    public async Task<CachedImage> GetOrCreateAsync(string key, Func<Task<ProcessedImage>> process)
    {
        ArgumentNullException.ThrowIfNull(process);
        var file = FileFor(key);
        if (TryRead(file) is { } cached)
        {
            return cached;
        }

        var flight = _inFlight.GetOrAdd(key, _ => new Lazy<Task<CachedImage>>(() => CreateAsync(file, process)));
        try
        {
            return await flight.Value;
        }
        finally
        {
            _inFlight.TryRemove(new KeyValuePair<string, Lazy<Task<CachedImage>>>(key, flight));
        }
    }

    private async Task<CachedImage> CreateAsync(string file, Func<Task<ProcessedImage>> process)
    {
        Interlocked.Increment(ref _misses);
        var image = await process();
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var temporary = file + "." + Guid.NewGuid().ToString("N") + ".tmp";

        // The content type leads the file, so a hit needs no second lookup.
        var header = Encoding.ASCII.GetBytes(image.ContentType + "\n");
        await using (var stream = File.Create(temporary))
        {
            await stream.WriteAsync(header);
            await stream.WriteAsync(image.Bytes);
        }

        File.Move(temporary, file, overwrite: true);
        // The first write of the process measures what earlier runs left; later ones trim past the bound.
        var firstWrite = Interlocked.Exchange(ref _measured, 1) == 0;
        if (Interlocked.Add(ref _approximateBytes, image.Bytes.Length) > options.Value.MaxCacheBytes || firstWrite)
        {
            _ = Task.Run(() => TrimCoreAsync(waitForRunningTrim: false));
        }

        return new CachedImage(image.Bytes, image.ContentType, ETagOf(file));
    }

    private static CachedImage? TryRead(string file)
    {
        try
        {
            var bytes = File.ReadAllBytes(file);
            var newline = Array.IndexOf(bytes, (byte)'\n');
            if (newline <= 0)
            {
                return null;
            }

            // Least recently used is measured by this touch; a failure to touch only weakens eviction.
            try
            {
                File.SetLastAccessTimeUtc(file, DateTime.UtcNow);
            }
            catch (IOException)
            {
            }

            return new CachedImage(bytes[(newline + 1)..], Encoding.ASCII.GetString(bytes, 0, newline), ETagOf(file));
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Deletes least recently used files until the cache is under 90% of its bound.</summary>
    public Task TrimAsync() => TrimCoreAsync(waitForRunningTrim: true);

    private async Task TrimCoreAsync(bool waitForRunningTrim)
    {
        // A trim started by a write is skipped when one is already running; an explicit one waits its turn.
        if (!await _trimming.WaitAsync(waitForRunningTrim ? Timeout.Infinite : 0))
        {
            return;
        }

        try
        {
            if (!Directory.Exists(Root))
            {
                Interlocked.Exchange(ref _approximateBytes, 0);
                return;
            }

            var files = new DirectoryInfo(Root).EnumerateFiles("*", SearchOption.AllDirectories).Where(f => f.Extension != ".tmp").ToList();
            var total = files.Sum(f => f.Length);
            var target = (long)(options.Value.MaxCacheBytes * 0.9);
            foreach (var file in files.OrderBy(f => f.LastAccessTimeUtc))
            {
                if (total <= target)
                {
                    break;
                }

                try
                {
                    total -= file.Length;
                    file.Delete();
                }
                catch (IOException exception)
                {
                    logger.LogDebug(exception, "Could not evict {File}", file.FullName);
                }
            }

            Interlocked.Exchange(ref _approximateBytes, total);
        }
        finally
        {
            _trimming.Release();
        }
    }

    public void Dispose() => _trimming.Dispose();

    private string FileFor(string key) => Path.Combine(Root, key[..2], key);

    // The key names the content exactly (source path + commands; sources are never rewritten in place).
    private static string ETagOf(string file) => "\"" + Path.GetFileName(file)[..16] + "\"";
}

public sealed record CachedImage(byte[] Bytes, string ContentType, string ETag);
