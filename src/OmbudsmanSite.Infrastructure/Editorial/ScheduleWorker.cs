using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>
/// Runs due schedules every <see cref="EditorialOptions.SchedulePollInterval"/>, the first time at
/// start, so a schedule that came due while the site was down runs then. Any number of nodes may run
/// it: each schedule is claimed in the database (<see cref="ContentPublishingService.RunScheduleAsync"/>).
/// </summary>
public sealed class ScheduleWorker(ContentPublishingService publishing, IOptions<EditorialOptions> options, TimeProvider time, ILogger<ScheduleWorker> logger) : BackgroundService
{
    private const int BatchSize = 100;

    public string Node { get; } = string.IsNullOrWhiteSpace(options.Value.NodeName) ? $"{Environment.MachineName}/{Environment.ProcessId}" : options.Value.NodeName;

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

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunDueAsync(stoppingToken);
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
                await Task.Delay(options.Value.SchedulePollInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }
}
