using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Infrastructure.Background;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>
/// Runs <see cref="VersionCleanup"/>, <see cref="RecycleBinCleanup"/>, the schedules' history
/// (<see cref="ContentPublishingService.PurgeScheduleHistoryAsync"/>) and <see cref="JournalCompaction"/>
/// every <see cref="EditorialOptions.VersionCleanupInterval"/>, on one node of several (<see cref="RecurringJobClaims"/>).
/// </summary>
public sealed class VersionCleanupWorker(
    VersionCleanup cleanup,
    RecycleBinCleanup recycleBin,
    ContentPublishingService publishing,
    JournalCompaction journal,
    RecurringJobClaims claims,
    IOptions<EditorialOptions> options,
    TimeProvider time,
    ILogger<VersionCleanupWorker> logger) : BackgroundService
{
    public const string JobName = "cleanup";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Value.VersionCleanupInterval, time, stoppingToken);
                if (!await claims.TryClaimAsync(JobName, options.Value.VersionCleanupInterval, stoppingToken))
                {
                    continue; // another node ran it this round
                }

                var removed = await cleanup.RunAsync(stoppingToken);
                if (removed > 0)
                {
                    logger.LogInformation("Version cleanup removed {Count} versions", removed);
                }

                var purged = await recycleBin.RunAsync(stoppingToken);
                if (purged > 0)
                {
                    logger.LogInformation("Recycle bin cleanup purged {Count} items", purged);
                }

                var forgotten = await publishing.PurgeScheduleHistoryAsync(stoppingToken);
                if (forgotten > 0)
                {
                    logger.LogInformation("Schedule history cleanup forgot {Count} past schedules", forgotten);
                }

                var compacted = await journal.RunAsync(stoppingToken);
                if (compacted > 0)
                {
                    logger.LogInformation("Journal compaction deleted {Count} superseded rows", compacted);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // Cleanup is retried at the next interval; nothing depends on it.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                logger.LogError(exception, "Version cleanup failed");
            }
        }
    }
}
