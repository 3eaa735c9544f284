using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Infrastructure.Search;

/// <summary>
/// Runs the index in the background: checks it against the database on start (rebuilding it if
/// needed while the site serves), then applies every change the change journal announces, this
/// node's and other nodes' alike (<see cref="Editorial.ContentJournalWorker"/>).
/// </summary>
public sealed class SearchIndexWorker(SearchIndexer indexer, ILogger<SearchIndexWorker> logger)
    : BackgroundService, IContentChangeListener
{
    // One pending signal is enough: a synchronisation applies every change made before it starts.
    private readonly Channel<bool> _changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the start-up check (and any rebuild) is over.</summary>
    public Task Started => _started.Task;

    public Task OnContentChangedAsync(CancellationToken cancellationToken = default)
    {
        _changes.Writer.TryWrite(true);
        return Task.CompletedTask;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await indexer.StartAsync(stoppingToken);
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

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await _changes.Reader.ReadAsync(stoppingToken);
                await indexer.SynchronizeAsync(stoppingToken);
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
}
