namespace OmbudsmanSite.Core.Content;

/// <summary>
/// Told whenever published content may have changed (publish, unpublish, edit, import), so caches
/// and validators can move on. Writers call it after their transaction commits.
/// </summary>
public interface IContentChangeNotifier
{
    Task ContentChangedAsync(CancellationToken cancellationToken = default);
}
