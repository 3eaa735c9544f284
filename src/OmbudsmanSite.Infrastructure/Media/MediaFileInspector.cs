using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using NetVips;
using OmbudsmanSite.Core.Media;

namespace OmbudsmanSite.Infrastructure.Media;

/// <summary>
/// Decides what an uploaded file is from its bytes, never its name, and refuses what the library
/// must not hold: unknown types (a renamed program), files over the size or pixel limits (including
/// decompression bombs, caught from the header before any decoding), truncated or corrupt images,
/// SVG with script, event handlers, external references or entities, and polyglots (an image that
/// is also a PDF, an archive or HTML; a PDF with JavaScript or launch actions).
/// </summary>
public sealed partial class MediaFileInspector(IOptions<MediaOptions> options)
{
    private const int HeadLength = 1024;

    public MediaInspection Inspect(byte[] bytes) => Inspect(MediaContent.FromBytes(bytes));

    /// <summary>Reads the file in pieces (its head, then scans), so a large one never sits whole in memory.</summary>
    public MediaInspection Inspect(MediaContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var limits = options.Value;
        if (content.Length == 0)
        {
            return MediaInspection.Refused("The file is empty.");
        }

        if (SizeError(content.Length) is { } tooLarge)
        {
            return MediaInspection.Refused(tooLarge);
        }

        var kind = Sniff(content.ReadSlice(0, HeadLength));
        return kind switch
        {
            MediaFileKind.Pdf => InspectPdf(content),
            MediaFileKind.Svg => InspectSvg(content, limits),
            MediaFileKind.Unknown => MediaInspection.Refused("This is not a JPEG, PNG, WebP, AVIF, SVG or PDF file (its content was checked, not its name)."),
            _ => InspectImage(content, kind, limits),
        };
    }

    /// <summary>Why a file of this length is refused, or null: callers check it before reading a file into memory.</summary>
    public string? SizeError(long length) => length > options.Value.MaxFileBytes
        ? $"The file is {length / 1024.0 / 1024.0:0.0} MB; the limit is {options.Value.MaxFileBytes / 1024.0 / 1024.0:0.#} MB."
        : null;

    /// <summary>The type the leading bytes declare.</summary>
    public static MediaFileKind Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return MediaFileKind.Jpeg;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return MediaFileKind.Png;
        }

        if (bytes.Length >= 12 && bytes.StartsWith("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8))
        {
            return MediaFileKind.WebP;
        }

        if (bytes.Length >= 12 && bytes[4..8].SequenceEqual("ftyp"u8) && (bytes[8..12].SequenceEqual("avif"u8) || bytes[8..12].SequenceEqual("avis"u8)))
        {
            return MediaFileKind.Avif;
        }

        if (bytes.StartsWith("%PDF-"u8))
        {
            return MediaFileKind.Pdf;
        }

        var head = Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 1024)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return head.StartsWith("<svg", StringComparison.OrdinalIgnoreCase) || (head.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) && head.Contains("<svg", StringComparison.OrdinalIgnoreCase))
            ? MediaFileKind.Svg
            : MediaFileKind.Unknown;
    }

    private static MediaInspection InspectImage(MediaContent content, MediaFileKind kind, MediaOptions limits)
    {
        if (EmbeddedOtherFormat(content) is { } embedded)
        {
            return MediaInspection.Refused($"The image also contains {embedded}: files that are two things at once are refused.");
        }

        try
        {
            // The header alone gives the size: a bomb is refused before a single pixel is decoded.
            using var header = Open(content, failOnTruncation: false);
            if ((long)header.Width * header.Height > limits.MaxPixels)
            {
                return MediaInspection.Refused($"The image is {header.Width} × {header.Height} pixels; the limit is {limits.MaxPixels / 1_000_000.0:0.#} megapixels.");
            }

            // Decoding it all, failing on truncation, finds damaged files now rather than on a visitor's request.
            using var full = Open(content, failOnTruncation: true);
            _ = full.Avg();
            return MediaInspection.Accepted(kind, header.Width, header.Height);
        }
        catch (VipsException exception)
        {
            return MediaInspection.Refused("The image is damaged or incomplete and cannot be read (" + FirstLine(exception.Message) + ").");
        }
    }

    // libvips reads a file on disk itself (sniffing its content, not its name); bytes it reads from the buffer.
    private static Image Open(MediaContent content, bool failOnTruncation)
    {
        Enums.FailOn? failOn = failOnTruncation ? Enums.FailOn.Truncated : null;
        return content.FilePath is { } path
            ? Image.NewFromFile(path, access: Enums.Access.Sequential, failOn: failOn)
            : Image.NewFromBuffer(content.Bytes!, access: Enums.Access.Sequential, failOn: failOn);
    }

    private static MediaInspection InspectPdf(MediaContent content)
    {
        var ended = false;
        foreach (var (_, text) in content.Latin1Pieces())
        {
            ended |= text.Contains("%%EOF", StringComparison.Ordinal);
            if (PdfActiveContent().Match(text) is { Success: true } active)
            {
                return MediaInspection.Refused($"The PDF contains active content ({active.Value.Trim()}); export it again without scripts or actions.");
            }
        }

        return ended
            ? MediaInspection.Accepted(MediaFileKind.Pdf, null, null)
            : MediaInspection.Refused("The PDF is incomplete (it has no end-of-file marker).");
    }

    private static MediaInspection InspectSvg(MediaContent content, MediaOptions limits)
    {
        // A drawing is small; an SVG as large as a photo is text no one should have to scan whole.
        if (content.Length > limits.MaxSvgBytes)
        {
            return MediaInspection.Refused($"The SVG is {content.Length / 1024.0 / 1024.0:0.0} MB; drawings are limited to {limits.MaxSvgBytes / 1024.0 / 1024.0:0.#} MB.");
        }

        using var reader = new StreamReader(content.OpenRead(), Encoding.UTF8);
        var text = reader.ReadToEnd();
        return SvgActiveContent().Match(text) is { Success: true } active
            ? MediaInspection.Refused($"The SVG contains script or external content ({active.Value.Trim()}); SVG files must be plain drawings.")
            : MediaInspection.Accepted(MediaFileKind.Svg, null, null);
    }

    // A second format anywhere after the first byte: a PDF or ZIP signature, or HTML and script.
    private static string? EmbeddedOtherFormat(MediaContent content)
    {
        foreach (var (offset, text) in content.Latin1Pieces())
        {
            var from = offset == 0 ? 1 : 0;
            if (text.IndexOf("%PDF-", from, StringComparison.Ordinal) >= 0)
            {
                return "a PDF";
            }

            if (text.IndexOf("PK\u0003\u0004", from, StringComparison.Ordinal) >= 0)
            {
                return "a ZIP archive";
            }

            if (HtmlMarkers().IsMatch(text))
            {
                return "HTML or script";
            }
        }

        return null;
    }

    private static string FirstLine(string message) => message.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? "";

    [GeneratedRegex(@"/(JavaScript|JS|Launch|EmbeddedFile|OpenAction\s*<<[^>]*/S\s*/JavaScript)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PdfActiveContent();

    // CSS reaches out too: an @import, or a url() that is not a reference inside the drawing.
    [GeneratedRegex(@"<\s*script\b|\son[a-z]+\s*=|javascript:|<\s*foreignObject\b|<!ENTITY|<!DOCTYPE|(xlink:)?href\s*=\s*[""'](?!#)|<\s*(iframe|embed|object)\b|@import\b|url\(\s*[""']?\s*(?!#)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SvgActiveContent();

    [GeneratedRegex(@"<\s*(script|html|body|iframe|svg)\b|<\?php", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlMarkers();
}

/// <summary>What the inspector found: the kind and size of an accepted file, or why it was refused.</summary>
public sealed record MediaInspection(bool IsAccepted, MediaFileKind Kind, int? Width, int? Height, string? Error)
{
    public static MediaInspection Accepted(MediaFileKind kind, int? width, int? height) => new(true, kind, width, height, null);

    public static MediaInspection Refused(string error) => new(false, MediaFileKind.Unknown, null, null, error);

    /// <summary>The raster format for processing, when the file is one.</summary>
    public ImageFormat? RasterFormat => MediaFileKinds.RasterFormat(Kind);
}
