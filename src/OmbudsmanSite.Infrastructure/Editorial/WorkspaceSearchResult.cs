using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Media;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>What the backoffice search found, group by group (users only for those who manage them).</summary>
public sealed record WorkspaceSearchResult(IReadOnlyList<ItemStateSummary> Items, IReadOnlyList<MediaItem> Media, IReadOnlyList<WorkspaceUserHit> Users)
{
    public static WorkspaceSearchResult Empty { get; } = new([], [], []);

    public bool IsEmpty => Items.Count == 0 && Media.Count == 0 && Users.Count == 0;
}
