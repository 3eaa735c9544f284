namespace OmbudsmanSite.Core.Content;

/// <summary>
/// Something that keeps a copy of published content (page caches, the search index) and must hear
/// of every change. <see cref="IContentChangeNotifier"/> tells each of them.
/// </summary>
public interface IContentChangeListener
{
    /// <param name="changedItems">The items whose published rows changed; null when anything may have.</param>
    Task OnContentChangedAsync(IReadOnlyCollection<Guid>? changedItems, CancellationToken cancellationToken = default);
}
