using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Infrastructure.Persistence;

/// <summary>
/// Tells every <see cref="IContentChangeListener"/> (page caches, the search index) that content
/// changed. One listener failing does not keep the news from the others.
/// </summary>
public sealed class ContentChangeBroadcaster(IEnumerable<IContentChangeListener> listeners, ILogger<ContentChangeBroadcaster> logger) : IContentChangeNotifier
{
    private readonly IContentChangeListener[] _listeners = [.. listeners];

    /// <summary>For hosts with nothing to tell (commands, tests).</summary>
    public static ContentChangeBroadcaster None { get; } = new([], NullLogger<ContentChangeBroadcaster>.Instance);

    public async Task ContentChangedAsync(IReadOnlyCollection<Guid>? changedItems = null, CancellationToken cancellationToken = default)
    {
        foreach (var listener in _listeners)
        {
            try
            {
                await listener.OnContentChangedAsync(changedItems, cancellationToken);
            }
#pragma warning disable CA1031 // A cache that failed to clear must not fail the editor's save; it is logged.
            catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
            {
                logger.LogError(exception, "{Listener} failed to take a content change", listener.GetType().Name);
            }
        }
    }
}
