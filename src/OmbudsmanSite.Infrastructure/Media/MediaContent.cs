namespace OmbudsmanSite.Infrastructure.Media;

/// <summary>
/// A file on its way into the library: a file on disk (an upload streamed to a temporary file, a file
/// named on the command line, one beside a uSync record) or bytes already in memory (tests, small
/// imports). It is read as a stream, in pieces, never whole.
/// </summary>
public sealed class MediaContent
{
    private readonly byte[]? _bytes;

    private MediaContent(byte[]? bytes, string? path, long length)
    {
        _bytes = bytes;
        FilePath = path;
        Length = length;
    }

    public long Length { get; }

    /// <summary>The file on disk, when the content is one (libvips then reads it without a buffer).</summary>
    public string? FilePath { get; }

    public static MediaContent FromBytes(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return new MediaContent(bytes, null, bytes.LongLength);
    }

    public static MediaContent FromFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return new MediaContent(null, path, new FileInfo(path).Length);
    }

    public Stream OpenRead() => _bytes is { } bytes
        ? new MemoryStream(bytes, writable: false)
        : new FileStream(FilePath!, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);

    /// <summary>The bytes in memory, when it came as bytes (libvips reads those from the buffer).</summary>
    internal byte[]? Bytes => _bytes;

    /// <summary>At most <paramref name="count"/> bytes from <paramref name="offset"/> (a negative offset counts from the end).</summary>
    public byte[] ReadSlice(long offset, int count)
    {
        using var stream = OpenRead();
        var start = offset < 0 ? Math.Max(0, Length + offset) : Math.Min(offset, Length);
        stream.Seek(start, SeekOrigin.Begin);
        var buffer = new byte[(int)Math.Min(count, Length - start)];
        stream.ReadExactly(buffer);
        return buffer;
    }

    /// <summary>
    /// The content as Latin-1 text (one character per byte) in pieces of about <paramref name="pieceBytes"/>,
    /// each starting with the last <paramref name="overlap"/> characters of the one before, so a marker
    /// split across two pieces is still whole in one. Returns each piece with the offset of its first character.
    /// </summary>
    public IEnumerable<(long Offset, string Text)> Latin1Pieces(int pieceBytes = 1024 * 1024, int overlap = 4096)
    {
        using var stream = OpenRead();
        var buffer = new byte[pieceBytes];
        var carried = "";
        long read = 0;
        int count;
        while ((count = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false)) > 0)
        {
            var text = carried + System.Text.Encoding.Latin1.GetString(buffer, 0, count);
            yield return (read - carried.Length, text);
            read += count;
            carried = text.Length > overlap ? text[^overlap..] : text;
        }
    }
}
