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
    public MediaInspection Inspect(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var limits = options.Value;
        if (bytes.Length == 0)
        {
            return MediaInspection.Refused("The file is empty.");
        }

        if (SizeError(bytes.Length) is { } tooLarge)
        {
            return MediaInspection.Refused(tooLarge);
        }

        var kind = Sniff(bytes);
        return kind switch
        {
            MediaFileKind.Pdf => InspectPdf(bytes),
            MediaFileKind.Svg => InspectSvg(bytes),
            MediaFileKind.Unknown => MediaInspection.Refused("This is not a JPEG, PNG, WebP, AVIF, SVG or PDF file (its content was checked, not its name)."),
            _ => InspectImage(bytes, kind, limits),
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

    private static MediaInspection InspectImage(byte[] bytes, MediaFileKind kind, MediaOptions limits)
    {
        if (EmbeddedOtherFormat(bytes) is { } embedded)
        {
            return MediaInspection.Refused($"The image also contains {embedded}: files that are two things at once are refused.");
        }

        try
        {
            // The header alone gives the size: a bomb is refused before a single pixel is decoded.
            using var header = Image.NewFromBuffer(bytes, access: Enums.Access.Sequential);
            if ((long)header.Width * header.Height > limits.MaxPixels)
            {
                return MediaInspection.Refused($"The image is {header.Width} × {header.Height} pixels; the limit is {limits.MaxPixels / 1_000_000.0:0.#} megapixels.");
            }

            // Decoding it all, failing on truncation, finds damaged files now rather than on a visitor's request.
            using var full = Image.NewFromBuffer(bytes, access: Enums.Access.Sequential, failOn: Enums.FailOn.Truncated);
            _ = full.Avg();
            return MediaInspection.Accepted(kind, header.Width, header.Height);
        }
        catch (VipsException exception)
        {
            return MediaInspection.Refused("The image is damaged or incomplete and cannot be read (" + FirstLine(exception.Message) + ").");
        }
    }

    private static MediaInspection InspectPdf(byte[] bytes)
    {
        var text = Encoding.Latin1.GetString(bytes);
        if (!text.Contains("%%EOF", StringComparison.Ordinal))
        {
            return MediaInspection.Refused("The PDF is incomplete (it has no end-of-file marker).");
        }

        if (PdfActiveContent().Match(text) is { Success: true } active)
        {
            return MediaInspection.Refused($"The PDF contains active content ({active.Value.Trim()}); export it again without scripts or actions.");
        }

        return MediaInspection.Accepted(MediaFileKind.Pdf, null, null);
    }

    private static MediaInspection InspectSvg(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        return SvgActiveContent().Match(text) is { Success: true } active
            ? MediaInspection.Refused($"The SVG contains script or external content ({active.Value.Trim()}); SVG files must be plain drawings.")
            : MediaInspection.Accepted(MediaFileKind.Svg, null, null);
    }

    private static string? EmbeddedOtherFormat(byte[] bytes)
    {
        var span = bytes.AsSpan(1);
        if (span.IndexOf("%PDF-"u8) >= 0)
        {
            return "a PDF";
        }

        if (span.IndexOf("PK\u0003\u0004"u8) >= 0)
        {
            return "a ZIP archive";
        }

        var latin = Encoding.Latin1.GetString(bytes);
        return HtmlMarkers().IsMatch(latin) ? "HTML or script" : null;
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
