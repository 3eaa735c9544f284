namespace OmbudsmanSite.Infrastructure.Media;

/// <summary>Where media files live. The default is a folder in the data folder; another store (S3, Azure Blob) implements this.</summary>
public interface IMediaStorage
{
    /// <summary>The file at a relative path ("2026/11/ab12/photo.jpg"), or null when there is none.</summary>
    Task<byte[]?> ReadAsync(string path, CancellationToken cancellationToken = default);

    Task WriteAsync(string path, byte[] content, CancellationToken cancellationToken = default);

    Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default);
}
