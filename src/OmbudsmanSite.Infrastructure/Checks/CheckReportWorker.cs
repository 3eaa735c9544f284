using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Checks;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Infrastructure.Background;

namespace OmbudsmanSite.Infrastructure.Checks;

/// <summary>
/// Keeps the site-wide checks report current: every <see cref="ContentCheckOptions.ReportRefreshInterval"/>
/// one node (<see cref="RecurringJobClaims"/>) checks the items saved since, and at
/// <see cref="ContentCheckOptions.NightlyHour"/> one node asks for every item to be checked again.
/// </summary>
public sealed class CheckReportWorker(
    CheckReportStore store,
    RecurringJobClaims claims,
    SiteClock clock,
    IOptions<ContentCheckOptions> options,
    ILogger<CheckReportWorker> logger) : BackgroundService
{
    public const string JobName = "check-report";
    public const string NightlyJobName = "check-report-nightly";

    /// <summary>Items checked in one go, between which the node yields to other work.</summary>
    private const int Batch = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.ReportRefreshInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (clock.ToLocal(clock.UtcNow).Hour == options.Value.NightlyHour && await claims.TryClaimAsync(NightlyJobName, TimeSpan.FromDays(1), stoppingToken))
                {
                    logger.LogInformation("Checks report: {Count} items to check again tonight", await store.MarkAllStaleAsync(stoppingToken));
                }

                if (await claims.TryClaimAsync(JobName, interval, stoppingToken))
                {
                    while (await store.RefreshAsync(Batch, stoppingToken) == Batch)
                    {
                        await Task.Yield();
                    }
                }

                await Task.Delay(interval, clock.TimeProvider, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // The report is brought up to date at the next round; nothing waits on it.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                logger.LogError(exception, "The checks report could not be brought up to date");
                await Task.Delay(interval, clock.TimeProvider, stoppingToken);
            }
        }
    }
}
