using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Infrastructure.Background;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>
/// Runs each schedule at its time: it sleeps until the next one falls due (woken at once when one is
/// set on this node), and looks again every <see cref="EditorialOptions.SchedulePollInterval"/> at most,
/// for schedules set on other nodes. It runs at start too, so a schedule that came due while the site
/// was down runs then. Any number of nodes may run it: each schedule is claimed in the database
/// (<see cref="ContentPublishingService.RunScheduleAsync"/>).
/// </summary>
public sealed class ScheduleWorker(ContentPublishingService publishing, ScheduleSignal signal, IOptions<EditorialOptions> options, TimeProvider time, ILogger<ScheduleWorker> logger) : BackgroundService
{
    private const int BatchSize = 100;

    // Not less: a due schedule another node is running (its row held in that node's transaction) is looked at again this soon.
    private static readonly TimeSpan ShortestSleep = TimeSpan.FromMilliseconds(200);

    public string Node { get; } = options.Value.Node;

    /// <summary>Runs every schedule due now; returns how many this node ran (failed ones included).</summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken = default)
    {
        var ran = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var due = await publishing.DueSchedulesAsync(BatchSize, cancellationToken);
            var ranThisBatch = 0;
            foreach (var id in due)
            {
                var result = await publishing.RunScheduleAsync(id, Node, cancellationToken);
                if (result.Status == Core.Editorial.OperationStatus.Success)
                {
                    ranThisBatch++;
                    if (result.Errors.Count > 0)
                    {
                        logger.LogWarning("Schedule {Schedule} failed: {Reason}", id, string.Join(" ", result.Errors.Select(e => e.Message)));
                    }
                }
            }

            ran += ranThisBatch;
            if (due.Count < BatchSize)
            {
                break;
            }
        }

        return ran;
    }

    /// <summary>Until the next schedule falls due, and never longer than the poll interval.</summary>
    public async Task<TimeSpan> SleepAsync(CancellationToken cancellationToken = default) =>
        WakeSignal.SleepUntil(await publishing.NextDueAsync(cancellationToken), time.GetUtcNow().UtcDateTime, ShortestSleep, options.Value.SchedulePollInterval);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var sleep = options.Value.SchedulePollInterval;
            try
            {
                await RunDueAsync(stoppingToken);
                sleep = await SleepAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // A failed round is logged and retried at the next one; the schedules stay pending.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                logger.LogError(exception, "Due schedules could not be run");
            }

            try
            {
                await signal.WaitAsync(sleep, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }
}
