namespace OmbudsmanSite.Infrastructure.Media;

/// <summary>Where media files live. The default is a folder in the data folder; another store (S3, Azure Blob) implements this.</summary>
public interface IMediaStorage
{
    /// <summary>The whole file at a relative path ("3f2a…/1a2b3c4d/photo.jpg"), or null when there is none. For files the library has bounded in size.</summary>
    Task<byte[]?> ReadAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>The file as a stream (seekable, with a length) for serving it without holding it in memory, or null.</summary>
    Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken = default);

    /// <summary>Stores the stream's content at the path, whole or not at all.</summary>
    Task WriteAsync(string path, Stream content, CancellationToken cancellationToken = default);

    Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default);
}
