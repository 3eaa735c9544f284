using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Media;

namespace OmbudsmanSite.Web.Media;

/// <summary>
/// The media items a page shows (lead images, report files), loaded once per page and cascaded to
/// its components, so a list of ten items makes one media query, not ten.
/// </summary>
public sealed class PageMedia(IReadOnlyDictionary<Guid, MediaItem> items)
{
    public static PageMedia None { get; } = new(new Dictionary<Guid, MediaItem>());

    public MediaItem? Find(Guid? id) => id is { } key ? items.GetValueOrDefault(key) : null;

    /// <summary>Every media id the items refer to: their images and report files.</summary>
    public static IEnumerable<Guid> ReferencedBy(IEnumerable<ContentItem> contentItems)
    {
        ArgumentNullException.ThrowIfNull(contentItems);
        foreach (var item in contentItems)
        {
            if (item.ImageId is { } image)
            {
                yield return image;
            }

            foreach (var (_, file) in item.Report?.FileIds() ?? [])
            {
                yield return file;
            }
        }
    }
}
