using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Infrastructure.Search;

/// <summary>
/// Runs the index in the background: checks it against the database on start (rebuilding it if
/// needed while the site serves), then applies every content change as it is announced (near
/// real time) and polls for changes made by other web nodes.
/// </summary>
public sealed class SearchIndexWorker(SearchIndexer indexer, IOptions<SearchOptions> options, ILogger<SearchIndexWorker> logger)
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
                using var poll = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                poll.CancelAfter(options.Value.PollInterval);
                try
                {
                    await _changes.Reader.ReadAsync(poll.Token);
                }
                catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                {
                    // The poll interval passed without a change announced here.
                }

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
