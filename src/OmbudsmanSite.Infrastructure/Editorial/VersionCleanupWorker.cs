using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>
/// Runs <see cref="VersionCleanup"/>, <see cref="RecycleBinCleanup"/> and the schedules' history
/// (<see cref="ContentPublishingService.PurgeScheduleHistoryAsync"/>) every <see cref="EditorialOptions.VersionCleanupInterval"/>.
/// </summary>
public sealed class VersionCleanupWorker(VersionCleanup cleanup, RecycleBinCleanup recycleBin, ContentPublishingService publishing, IOptions<EditorialOptions> options, TimeProvider time, ILogger<VersionCleanupWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Value.VersionCleanupInterval, time, stoppingToken);
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
