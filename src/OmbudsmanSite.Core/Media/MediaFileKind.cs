namespace OmbudsmanSite.Core.Media;

/// <summary>What a file is, decided from its bytes (never its name).</summary>
public enum MediaFileKind
{
    Unknown,
    Jpeg,
    Png,
    WebP,
    Avif,
    Svg,
    Pdf,
}

public static class MediaFileKinds
{
    /// <summary>The raster format image commands can process, or null (SVG, PDF, unknown).</summary>
    public static ImageFormat? RasterFormat(MediaFileKind kind) => kind switch
    {
        MediaFileKind.Jpeg => ImageFormat.Jpg,
        MediaFileKind.Png => ImageFormat.Png,
        MediaFileKind.WebP => ImageFormat.WebP,
        MediaFileKind.Avif => ImageFormat.Avif,
        _ => null,
    };

    public static string ContentType(MediaFileKind kind) => RasterFormat(kind) is { } raster
        ? ImageCommands.ContentType(raster)
        : kind switch
        {
            MediaFileKind.Svg => "image/svg+xml",
            MediaFileKind.Pdf => "application/pdf",
            _ => "application/octet-stream",
        };

    /// <summary>The file extension a stored file gets, whatever the uploaded name said.</summary>
    public static string Extension(MediaFileKind kind) => kind switch
    {
        MediaFileKind.Jpeg => ".jpg",
        MediaFileKind.Png => ".png",
        MediaFileKind.WebP => ".webp",
        MediaFileKind.Avif => ".avif",
        MediaFileKind.Svg => ".svg",
        MediaFileKind.Pdf => ".pdf",
        _ => ".bin",
    };
}
