using OmbudsmanSite.Core.Media;

namespace OmbudsmanSite.Core.Content;

/// <summary>
/// A library file as pages and the API show it: what it is, its size, pixels or pages, its texts per
/// language and its focal point. A value, never the stored entity; <see cref="Path"/> is where it is
/// served under the media address, not a place on disk.
/// </summary>
public sealed record PublishedMedia(
    Guid Id,
    string Name,
    MediaFileKind Kind,
    string Path,
    string ContentHash,
    long Length,
    int? Width,
    int? Height,
    int? PageCount,
    LocalizedText AltText,
    LocalizedText Caption,
    FocalPoint? FocalPoint,
    DateTime UpdatedUtc)
{
    public bool IsImage => MediaFileKinds.RasterFormat(Kind) is not null || Kind == MediaFileKind.Svg;

    public string ContentType => MediaFileKinds.ContentType(Kind);

    public static PublishedMedia From(MediaItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new(item.Id, item.Name, item.Kind, item.StoragePath, item.ContentHash, item.Length, item.Width, item.Height, item.PageCount,
            item.AltText, item.Caption, item.FocalPoint, item.UpdatedUtc);
    }
}
