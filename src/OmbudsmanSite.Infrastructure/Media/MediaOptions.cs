namespace OmbudsmanSite.Infrastructure.Media;

/// <summary>"Site:Media": limits on uploads and the key that signs image URLs.</summary>
public sealed class MediaOptions
{
    public const string SectionName = "Site:Media";

    /// <summary>Largest file accepted, in bytes.</summary>
    public long MaxFileBytes { get; set; } = 50 * 1024 * 1024;

    /// <summary>Largest image accepted, in pixels: bounds the memory a decode can take (decompression bombs).</summary>
    public long MaxPixels { get; set; } = 60_000_000;

    /// <summary>
    /// Key for the HMAC that signs image commands (base64, at least 32 bytes). Empty: a random key per
    /// process, fine for one node; several nodes need the same configured key.
    /// </summary>
    public string SigningKey { get; set; } = "";
}
