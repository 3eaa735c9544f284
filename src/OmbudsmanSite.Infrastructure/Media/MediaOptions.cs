namespace OmbudsmanSite.Infrastructure.Media;

/// <summary>"Site:Media": limits on uploads and the key that signs image URLs.</summary>
public sealed class MediaOptions
{
    public const string SectionName = "Site:Media";

    /// <summary>Folder of the local media store; relative paths resolve inside the data folder.</summary>
    public string StoragePath { get; set; } = "media";

    /// <summary>Folder of processed images; relative paths resolve inside the data folder.</summary>
    public string CachePath { get; set; } = "cache/images";

    /// <summary>The processed-image cache is trimmed, oldest first, back under this size.</summary>
    public long MaxCacheBytes { get; set; } = 1024L * 1024 * 1024;

    /// <summary>Largest file accepted, in bytes.</summary>
    public long MaxFileBytes { get; set; } = 50 * 1024 * 1024;

    /// <summary>SVG drawings are checked as text, whole: they are kept far smaller than photos.</summary>
    public long MaxSvgBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>
    /// Largest upload form a signed-in member may post (several files at once when the page has no
    /// script; with script each file goes on its own). A larger form is refused before it is read.
    /// </summary>
    public long MaxUploadFormBytes { get; set; } = 256 * 1024 * 1024;

    /// <summary>Largest image accepted, in pixels: bounds the memory a decode can take (decompression bombs).</summary>
    public long MaxPixels { get; set; } = 60_000_000;

    /// <summary>
    /// Widths, in pixels, that pages offer each image in (srcset); an image is never offered wider
    /// than it is. Empty: <see cref="DefaultImageWidths"/>. (Configuration appends to a non-empty
    /// default array instead of replacing it, hence the empty default.)
    /// </summary>
    public int[] ImageWidths { get; set; } = [];

    public static IReadOnlyList<int> DefaultImageWidths { get; } = [320, 480, 640, 960, 1280, 1600];

    public IReadOnlyList<int> EffectiveImageWidths => ImageWidths.Length > 0 ? [.. ImageWidths.Where(w => w > 0).Distinct().Order()] : DefaultImageWidths;

    /// <summary>
    /// Key for the HMAC that signs image commands (base64, at least 32 bytes). Empty: a random key per
    /// process, fine for one node; several nodes need the same configured key.
    /// </summary>
    public string SigningKey { get; set; } = "";

    /// <summary>libvips jobs (resize and encode) at once; 0: one per core.</summary>
    public int MaxConcurrentImageJobs { get; set; }

    /// <summary>Threads libvips gives one job. Jobs already run side by side, one per core, so one each keeps the machine's threads bounded.</summary>
    public int VipsThreadsPerJob { get; set; } = 1;

    /// <summary>How long a request waits for a free job slot before it is answered 503 with Retry-After.</summary>
    public TimeSpan ImageQueueTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>What a 503 for a full image queue asks the client to wait.</summary>
    public TimeSpan ImageRetryAfter { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>libvips' operation cache, in bytes of pixel memory (libvips' default is 100 MB).</summary>
    public long VipsCacheMaxBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>libvips' operation cache, in operations.</summary>
    public int VipsCacheMaxOperations { get; set; } = 50;

    /// <summary>libvips' operation cache, in open files.</summary>
    public int VipsCacheMaxFiles { get; set; } = 20;
}
