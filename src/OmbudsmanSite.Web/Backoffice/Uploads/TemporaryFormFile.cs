namespace OmbudsmanSite.Web.Backoffice.Uploads;

/// <summary>
/// A file from a media form, as <see cref="MediaFormReader"/> left it: streamed to a temporary file
/// (deleted when the answer is done), or, when it was over the size limit, only its name and size: its
/// bytes were read past and never kept.
/// </summary>
public sealed class TemporaryFormFile(string name, string fileName, string contentType, string? path, long length) : IFormFile
{
    /// <summary>Where the file's bytes are, or null when it was over the limit.</summary>
    public string? TemporaryPath { get; } = path;

    public bool IsOverLimit => TemporaryPath is null;

    public string ContentType { get; } = contentType;

    public string ContentDisposition => $"form-data; name=\"{Name}\"; filename=\"{FileName}\"";

    public IHeaderDictionary Headers { get; } = new HeaderDictionary();

    public long Length { get; } = length;

    public string Name { get; } = name;

    public string FileName { get; } = fileName;

    public Stream OpenReadStream() => TemporaryPath is { } file
        ? new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan)
        : throw new InvalidOperationException($"{FileName} was over the size limit: its bytes were not kept.");

    public void CopyTo(Stream target)
    {
        using var source = OpenReadStream();
        source.CopyTo(target);
    }

    public async Task CopyToAsync(Stream target, CancellationToken cancellationToken = default)
    {
        await using var source = OpenReadStream();
        await source.CopyToAsync(target, cancellationToken);
    }
}
