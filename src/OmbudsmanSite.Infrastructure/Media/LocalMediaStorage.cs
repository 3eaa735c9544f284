using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Configuration;

namespace OmbudsmanSite.Infrastructure.Media;

/// <summary>Media in <c>{DataPath}/media</c>. Paths are checked to stay inside it ("../" and rooted paths are refused).</summary>
public sealed class LocalMediaStorage(IOptions<SiteOptions> site, IOptions<MediaOptions> options) : IMediaStorage
{
    /// <summary>Where the readiness check writes its probe: not a media file (backups leave it out).</summary>
    public const string HealthProbeFolder = ".health";

    /// <summary>The ending of a file being written, before it is moved into place (backups leave it out).</summary>
    public const string TemporarySuffix = ".tmp";

    public string Root { get; } = Path.GetFullPath(options.Value.StoragePath, site.Value.ResolveDataPath());

    public async Task<byte[]?> ReadAsync(string path, CancellationToken cancellationToken = default) =>
        FullPath(path) is { } file && File.Exists(file) ? await File.ReadAllBytesAsync(file, cancellationToken) : null;

    public Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken = default) =>
        Task.FromResult<Stream?>(FullPath(path) is { } file && File.Exists(file)
            ? new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, bufferSize: 1, FileOptions.Asynchronous | FileOptions.SequentialScan)
            : null);

    public async Task WriteAsync(string path, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var file = FullPath(path) ?? throw new ArgumentException($"'{path}' is not a media path.", nameof(path));
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var temporary = file + "." + Guid.NewGuid().ToString("N") + TemporarySuffix;
        try
        {
            await using (var target = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await content.CopyToAsync(target, cancellationToken);
            }

            File.Move(temporary, file, overwrite: true); // Readers see the old file or the new one, never half of one.
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    public Task<bool> DeleteAsync(string path, CancellationToken cancellationToken = default)
    {
        if (FullPath(path) is not { } file || !File.Exists(file))
        {
            return Task.FromResult(false);
        }

        File.Delete(file);
        return Task.FromResult(true);
    }

    /// <summary>The file for a relative path, or null when the path would leave the media folder.</summary>
    public string? FullPath(string path) => ContainedPath.Resolve(Root, path);
}
