namespace OmbudsmanSite.Core.Content;

/// <summary>
/// Told whenever published content may have changed (publish, unpublish, edit, import), so caches
/// and validators can move on. Writers call it after their transaction commits.
/// </summary>
public interface IContentChangeNotifier
{
    /// <param name="changedItems">The items whose published rows changed; null when anything may have (start-up, a media file).</param>
    Task ContentChangedAsync(IReadOnlyCollection<Guid>? changedItems = null, CancellationToken cancellationToken = default);
}
