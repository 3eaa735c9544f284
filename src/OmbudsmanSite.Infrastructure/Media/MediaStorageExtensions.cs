namespace OmbudsmanSite.Infrastructure.Media;

public static class MediaStorageExtensions
{
    /// <summary>Stores bytes already in memory (tests, small generated files).</summary>
    public static async Task WriteAsync(this IMediaStorage storage, string path, byte[] content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(storage);
        await using var stream = new MemoryStream(content, writable: false);
        await storage.WriteAsync(path, stream, cancellationToken);
    }
}
