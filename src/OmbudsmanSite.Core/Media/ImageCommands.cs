using System.Globalization;
using System.Text;

namespace OmbudsmanSite.Core.Media;

/// <summary>How an image is fitted to the requested box; the names and meanings follow ImageSharp.Web.</summary>
public enum ResizeMode
{
    /// <summary>Fill the box, cropping what overflows (at the anchor).</summary>
    Crop,

    /// <summary>Fit inside the box, then pad to its exact size with the background colour.</summary>
    Pad,

    /// <summary>As pad, but a smaller image is not enlarged, only padded.</summary>
    BoxPad,

    /// <summary>Fit inside the box, keeping the aspect ratio; never enlarged.</summary>
    Max,

    /// <summary>Cover the box (the shorter side reaches it), keeping the aspect ratio; never enlarged.</summary>
    Min,

    /// <summary>Exactly the box, aspect ratio ignored.</summary>
    Stretch,
}

public enum ResizeAnchor
{
    Center,
    Top,
    Bottom,
    Left,
    Right,
    TopLeft,
    TopRight,
    BottomLeft,
    BottomRight,
}

public enum ImageFormat
{
    Jpg,
    Png,
    WebP,
    Avif,
}

/// <summary>
/// What an image URL asks for: ?width=400&amp;height=300&amp;rmode=crop&amp;ranchor=top&amp;format=webp&amp;quality=75&amp;bgcolor=ffffff,
/// with ImageSharp.Web's command names. <see cref="TryParse"/> refuses anything out of range with the
/// reason; <see cref="ToCanonicalString"/> is what gets signed and what names the cached file.
/// </summary>
public sealed record ImageCommands
{
    public const string Width = "width";
    public const string Height = "height";
    public const string Mode = "rmode";
    public const string Anchor = "ranchor";
    public const string Format = "format";
    public const string Quality = "quality";
    public const string Background = "bgcolor";

    /// <summary>ImageSharp.Web's centre coordinates: the point (0–1 across, 0–1 down) a crop keeps in view.</summary>
    public const string Centre = "rxy";

    public const int MaxDimension = 4000;
    public const int DefaultQuality = 80;

    public static IReadOnlyList<string> Names { get; } = [Width, Height, Mode, Anchor, Format, Quality, Background, Centre];

    public int? ResizeWidth { get; init; }

    public int? ResizeHeight { get; init; }

    public ResizeMode ResizeMode { get; init; } = ResizeMode.Crop;

    public ResizeAnchor ResizeAnchor { get; init; } = ResizeAnchor.Center;

    /// <summary>Null: the source's own format.</summary>
    public ImageFormat? OutputFormat { get; init; }

    public int OutputQuality { get; init; } = DefaultQuality;

    /// <summary>The point a crop keeps in view (the image's focal point), each 0–1; it wins over the anchor. Null: the anchor decides.</summary>
    public FocalPoint? CentreCoordinates { get; init; }

    /// <summary>RGBA; transparent when not given (white where the format has no alpha).</summary>
    public (byte R, byte G, byte B, byte A)? BackgroundColor { get; init; }

    public bool IsEmpty => this == new ImageCommands();

    public static bool TryParse(IEnumerable<KeyValuePair<string, string?>> query, out ImageCommands commands, out string? error)
    {
        ArgumentNullException.ThrowIfNull(query);
        commands = new ImageCommands();
        error = null;
        foreach (var (key, value) in query)
        {
            var text = value ?? "";
            switch (key.ToLowerInvariant())
            {
                case Width when Dimension(text) is { } width:
                    commands = commands with { ResizeWidth = width };
                    break;
                case Height when Dimension(text) is { } height:
                    commands = commands with { ResizeHeight = height };
                    break;
                case Mode when Enum.TryParse<ResizeMode>(text, ignoreCase: true, out var mode) && !int.TryParse(text, out _):
                    commands = commands with { ResizeMode = mode };
                    break;
                case Anchor when Enum.TryParse<ResizeAnchor>(text, ignoreCase: true, out var anchor) && !int.TryParse(text, out _):
                    commands = commands with { ResizeAnchor = anchor };
                    break;
                case Format when ParseFormat(text) is { } format:
                    commands = commands with { OutputFormat = format };
                    break;
                case Quality when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var quality) && quality is >= 1 and <= 100:
                    commands = commands with { OutputQuality = quality };
                    break;
                case Background when ParseColor(text) is { } color:
                    commands = commands with { BackgroundColor = color };
                    break;
                case Centre when FocalPoint.TryParse(text, out var centre):
                    commands = commands with { CentreCoordinates = centre };
                    break;
                case Width or Height:
                    error = $"'{key}' must be a whole number from 1 to {MaxDimension}.";
                    return false;
                case Mode:
                    error = "'rmode' must be one of crop, pad, boxpad, max, min, stretch.";
                    return false;
                case Anchor:
                    error = "'ranchor' must be one of center, top, bottom, left, right, topleft, topright, bottomleft, bottomright.";
                    return false;
                case Format:
                    error = "'format' must be one of jpg, png, webp, avif.";
                    return false;
                case Quality:
                    error = "'quality' must be a whole number from 1 to 100.";
                    return false;
                case Centre:
                    error = "'rxy' must be two numbers from 0 to 1, across then down: rxy=0.5,0.3.";
                    return false;
                case Background:
                    error = "'bgcolor' must be a colour: rgb, rrggbb or rrggbbaa in hex, or white, black, transparent.";
                    return false;
            }
        }

        return true;
    }

    /// <summary>The commands in a fixed order with only what differs from the defaults: equal requests, equal strings.</summary>
    public string ToCanonicalString()
    {
        var parts = new List<string>();
        if (ResizeWidth is { } width)
        {
            parts.Add($"{Width}={width.ToString(CultureInfo.InvariantCulture)}");
        }

        if (ResizeHeight is { } height)
        {
            parts.Add($"{Height}={height.ToString(CultureInfo.InvariantCulture)}");
        }

        if (ResizeMode != ResizeMode.Crop)
        {
            parts.Add($"{Mode}={ResizeMode.ToString().ToLowerInvariant()}");
        }

        if (ResizeAnchor != ResizeAnchor.Center)
        {
            parts.Add($"{Anchor}={ResizeAnchor.ToString().ToLowerInvariant()}");
        }

        if (OutputFormat is { } format)
        {
            parts.Add($"{Format}={FormatName(format)}");
        }

        if (OutputQuality != DefaultQuality)
        {
            parts.Add($"{Quality}={OutputQuality.ToString(CultureInfo.InvariantCulture)}");
        }

        if (CentreCoordinates is { } centre)
        {
            parts.Add($"{Centre}={centre}");
        }

        if (BackgroundColor is { } c)
        {
            parts.Add($"{Background}={c.R:x2}{c.G:x2}{c.B:x2}{c.A:x2}");
        }

        return string.Join('&', parts);
    }

    public static string FormatName(ImageFormat format) => format switch
    {
        ImageFormat.Jpg => "jpg",
        ImageFormat.Png => "png",
        ImageFormat.WebP => "webp",
        _ => "avif",
    };

    public static string ContentType(ImageFormat format) => format switch
    {
        ImageFormat.Jpg => "image/jpeg",
        ImageFormat.Png => "image/png",
        ImageFormat.WebP => "image/webp",
        _ => "image/avif",
    };

    private static int? Dimension(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= MaxDimension ? value : null;

    private static ImageFormat? ParseFormat(string text) => text.ToLowerInvariant() switch
    {
        "jpg" or "jpeg" => ImageFormat.Jpg,
        "png" => ImageFormat.Png,
        "webp" => ImageFormat.WebP,
        "avif" => ImageFormat.Avif,
        _ => null,
    };

    private static (byte, byte, byte, byte)? ParseColor(string text)
    {
        switch (text.ToLowerInvariant())
        {
            case "white":
                return (255, 255, 255, 255);
            case "black":
                return (0, 0, 0, 255);
            case "transparent":
                return (0, 0, 0, 0);
        }

        var hex = text.TrimStart('#');
        if (hex.Length == 3)
        {
            hex = new StringBuilder().Append(hex[0], 2).Append(hex[1], 2).Append(hex[2], 2).ToString();
        }

        if (hex.Length is not (6 or 8) || !hex.All(char.IsAsciiHexDigit))
        {
            return null;
        }

        var bytes = Convert.FromHexString(hex.Length == 6 ? hex + "ff" : hex);
        return (bytes[0], bytes[1], bytes[2], bytes[3]);
    }
}
