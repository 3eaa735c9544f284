using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Media;

namespace OmbudsmanSite.Web.Media;

/// <summary>
/// The media items a page shows (lead images, report files), loaded once per page and cascaded to
/// its components, so a list of ten items makes one media query, not ten.
/// </summary>
public sealed class PageMedia(IReadOnlyDictionary<Guid, PublishedMedia> items)
{
    public static PageMedia None { get; } = new(new Dictionary<Guid, PublishedMedia>());

    public PublishedMedia? Find(Guid? id) => id is { } key ? items.GetValueOrDefault(key) : null;

    /// <summary>The item's lead image, when it is in the library and is an image.</summary>
    public PublishedMedia? ImageOf(PublishedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return Find(item.ImageId) is { IsImage: true } image ? image : null;
    }
}
