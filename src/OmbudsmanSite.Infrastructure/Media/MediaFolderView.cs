using OmbudsmanSite.Core.Media;

namespace OmbudsmanSite.Infrastructure.Media;

/// <summary>A folder of the library as the media section shows it (<see cref="Folder"/> null: the root).</summary>
public sealed record MediaFolderView(MediaFolder? Folder, IReadOnlyList<MediaFolder> Trail, IReadOnlyList<MediaFolder> Subfolders, IReadOnlyList<MediaItem> Items, IReadOnlySet<Guid> Used)
{
    /// <summary>No working copy and no live version names it: a candidate for tidying away.</summary>
    public bool IsUnused(MediaItem item) => !Used.Contains(item.Id);
}
