using NetVips;
using OmbudsmanSite.Core.Media;

namespace OmbudsmanSite.Infrastructure.Media;

/// <summary>
/// Applies <see cref="ImageCommands"/> with libvips (NetVips): shrink-on-load thumbnails, the
/// resize modes of ImageSharp.Web, and output without metadata (EXIF, GPS and XMP are never copied).
/// The image is turned upright by its EXIF orientation first.
/// </summary>
public static class ImageProcessor
{
    // A box side "without limit" for libvips' thumbnail when only one dimension is given.
    private const int Unbounded = 10_000_000;

    public static ProcessedImage Process(byte[] source, ImageCommands commands, ImageFormat sourceFormat)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(commands);
        using var original = Image.NewFromBuffer(source, access: Enums.Access.Sequential);
        var (width, height) = Upright(original);
        using var resized = Resize(source, width, height, commands);
        var format = commands.OutputFormat ?? sourceFormat;
        var bytes = Save(resized, format, commands);
        return new ProcessedImage(bytes, ImageCommands.ContentType(format), resized.Width, resized.Height);
    }

    private static Image Resize(byte[] source, int width, int height, ImageCommands commands)
    {
        if (commands.ResizeWidth is null && commands.ResizeHeight is null)
        {
            return Image.ThumbnailBuffer(source, width, height: height, size: Enums.Size.Down);
        }

        // One side given: the other follows the aspect ratio, whatever the mode.
        if (commands.ResizeWidth is null || commands.ResizeHeight is null)
        {
            return Image.ThumbnailBuffer(source, commands.ResizeWidth ?? Unbounded, height: commands.ResizeHeight ?? Unbounded, size: Enums.Size.Down);
        }

        var (boxWidth, boxHeight) = (commands.ResizeWidth.Value, commands.ResizeHeight.Value);
        switch (commands.ResizeMode)
        {
            case ResizeMode.Stretch:
                return Image.ThumbnailBuffer(source, boxWidth, height: boxHeight, size: Enums.Size.Force);
            case ResizeMode.Max:
                return Image.ThumbnailBuffer(source, boxWidth, height: boxHeight, size: Enums.Size.Down);
            case ResizeMode.Min:
            {
                var scale = Math.Min(1, Math.Max(boxWidth / (double)width, boxHeight / (double)height));
                return Image.ThumbnailBuffer(source, Scaled(width, scale), height: Scaled(height, scale), size: Enums.Size.Force);
            }

            case ResizeMode.Crop:
            {
                var scale = Math.Max(boxWidth / (double)width, boxHeight / (double)height);
                using var covering = Image.ThumbnailBuffer(source, Math.Max(boxWidth, Scaled(width, scale)), height: Math.Max(boxHeight, Scaled(height, scale)), size: Enums.Size.Force);
                var (left, top) = commands.CentreCoordinates is { } centre
                    ? (centre.Offset(covering.Width, boxWidth, across: true), centre.Offset(covering.Height, boxHeight, across: false))
                    : Offset(commands.ResizeAnchor, covering.Width - boxWidth, covering.Height - boxHeight);
                return covering.Crop(left, top, boxWidth, boxHeight);
            }

            default:
            {
                var enlarge = commands.ResizeMode == ResizeMode.Pad || width > boxWidth || height > boxHeight;
                using var fitted = enlarge
                    ? Image.ThumbnailBuffer(source, boxWidth, height: boxHeight, size: Enums.Size.Both)
                    : Image.ThumbnailBuffer(source, width, height: height, size: Enums.Size.Down);
                var background = commands.BackgroundColor ?? (0, 0, 0, 0);
                using var withAlpha = fitted.HasAlpha() ? fitted.Copy() : fitted.Bandjoin(255);
                return withAlpha.Gravity(Compass(commands.ResizeAnchor), boxWidth, boxHeight, extend: Enums.Extend.Background,
                    background: [background.R, background.G, background.B, background.A]);
            }
        }
    }

    private static byte[] Save(Image image, ImageFormat format, ImageCommands commands)
    {
        var quality = commands.OutputQuality;
        switch (format)
        {
            case ImageFormat.Jpg:
            {
                // JPEG has no alpha: flatten onto the background (white unless asked).
                var background = commands.BackgroundColor is { } c ? new double[] { c.R, c.G, c.B } : [255, 255, 255];
                using var flat = image.HasAlpha() ? image.Flatten(background: background) : image.Copy();
                return flat.JpegsaveBuffer(q: quality, optimizeCoding: true, interlace: true, keep: Enums.ForeignKeep.None);
            }

            case ImageFormat.Png:
                return image.PngsaveBuffer(compression: 6, keep: Enums.ForeignKeep.None);
            case ImageFormat.WebP:
                return image.WebpsaveBuffer(q: quality, effort: 4, keep: Enums.ForeignKeep.None);
            default:
                return image.HeifsaveBuffer(q: quality, compression: Enums.ForeignHeifCompression.Av1, effort: 2, keep: Enums.ForeignKeep.None);
        }
    }

    /// <summary>The size as seen, after the EXIF orientation turns the image upright.</summary>
    private static (int Width, int Height) Upright(Image image) =>
        image.Contains("orientation") && image.Get("orientation") is int orientation && orientation is >= 5 and <= 8
            ? (image.Height, image.Width)
            : (image.Width, image.Height);

    private static int Scaled(int size, double scale) => Math.Max(1, (int)Math.Round(size * scale));

    private static (int Left, int Top) Offset(ResizeAnchor anchor, int spareWidth, int spareHeight)
    {
        var left = anchor switch
        {
            ResizeAnchor.Left or ResizeAnchor.TopLeft or ResizeAnchor.BottomLeft => 0,
            ResizeAnchor.Right or ResizeAnchor.TopRight or ResizeAnchor.BottomRight => spareWidth,
            _ => spareWidth / 2,
        };
        var top = anchor switch
        {
            ResizeAnchor.Top or ResizeAnchor.TopLeft or ResizeAnchor.TopRight => 0,
            ResizeAnchor.Bottom or ResizeAnchor.BottomLeft or ResizeAnchor.BottomRight => spareHeight,
            _ => spareHeight / 2,
        };
        return (left, top);
    }

    private static Enums.CompassDirection Compass(ResizeAnchor anchor) => anchor switch
    {
        ResizeAnchor.Top => Enums.CompassDirection.North,
        ResizeAnchor.Bottom => Enums.CompassDirection.South,
        ResizeAnchor.Left => Enums.CompassDirection.West,
        ResizeAnchor.Right => Enums.CompassDirection.East,
        ResizeAnchor.TopLeft => Enums.CompassDirection.NorthWest,
        ResizeAnchor.TopRight => Enums.CompassDirection.NorthEast,
        ResizeAnchor.BottomLeft => Enums.CompassDirection.SouthWest,
        ResizeAnchor.BottomRight => Enums.CompassDirection.SouthEast,
        _ => Enums.CompassDirection.Centre,
    };
}

public sealed record ProcessedImage(byte[] Bytes, string ContentType, int Width, int Height);
