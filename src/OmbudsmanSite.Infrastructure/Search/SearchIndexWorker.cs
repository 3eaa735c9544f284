using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Infrastructure.Editorial;

namespace OmbudsmanSite.Infrastructure.Search;

/// <summary>
/// Runs the index in the background: catches it up on start from the journal sequence number it
/// holds (or rebuilds it while the site serves), then applies every change the change journal
/// announces, this node's and other nodes' alike (<see cref="ContentJournalWorker"/>), keeping beside
/// the documents the journal position they reflect.
/// </summary>
public sealed class SearchIndexWorker(SearchIndexer indexer, JournalPosition position, IEnumerable<ISearchIndexChangeListener> listeners, ILogger<SearchIndexWorker> logger)
    : BackgroundService, IContentChangeListener
{
    // One pending signal is enough: the items named since the last run are gathered in _pending
    // (null: anything may have changed, so compare everything).
    private readonly Channel<bool> _changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly Lock _lock = new();
    private HashSet<Guid>? _pending = [];
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the start-up check (and any rebuild) is over.</summary>
    public Task Started => _started.Task;

    /// <summary>How the start-up check went (null until it is over, or when it failed).</summary>
    public SearchIndexStart? Start { get; private set; }

    public Task OnContentChangedAsync(IReadOnlyCollection<Guid>? changedItems, CancellationToken cancellationToken = default)
    {
        Add(changedItems);
        return Task.CompletedTask;
    }

    private void Add(IReadOnlyCollection<Guid>? items)
    {
        lock (_lock)
        {
            if (items is null)
            {
                _pending = null;
            }
            else
            {
                _pending?.UnionWith(items);
            }
        }

        _changes.Writer.TryWrite(true);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        lock (_lock)
        {
            // What the journal announced before now (its start-up "anything may have changed" among
            // it) is in the database the start-up check reads.
            _pending = [];
        }

        try
        {
            Start = await indexer.StartAsync(stoppingToken);
        }
#pragma warning disable CA1031 // The site stays up without search; the status tells visitors, the log tells us.
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            logger.LogError(exception, "The search index could not be opened or rebuilt");
        }
        finally
        {
            _started.TrySetResult();
        }

        await TellListenersAsync(stoppingToken);

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await _changes.Reader.ReadAsync(stoppingToken);

                // The position first: the journal worker moves it after handing over a batch's items,
                // so the items taken next include every one named up to it.
                var through = position.Applied;
                HashSet<Guid>? items;
                lock (_lock)
                {
                    (items, _pending) = (_pending, []);
                }

                try
                {
                    _ = items is null ? await indexer.SynchronizeAsync(through, stoppingToken) : items.Count > 0 ? await indexer.SynchronizeItemsAsync(items, through, stoppingToken) : 0;
                }
                catch
                {
                    // Nothing is lost: the next run compares everything.
                    Add(null);
                    throw;
                }

                if (items is null || items.Count > 0)
                {
                    await TellListenersAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // One failed synchronisation is retried at the next change or poll.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                logger.LogError(exception, "The search index could not be brought up to date");
            }
        }
    }

    private async Task TellListenersAsync(CancellationToken cancellationToken)
    {
        foreach (var listener in listeners)
        {
            await listener.OnSearchIndexChangedAsync(cancellationToken);
        }
    }
}
