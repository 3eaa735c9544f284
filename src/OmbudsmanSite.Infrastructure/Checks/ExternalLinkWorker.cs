using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Checks;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Infrastructure.Background;

namespace OmbudsmanSite.Infrastructure.Checks;

/// <summary>
/// Checks external links in the background. Every node hears of published changes from the journal
/// and notes the links of the items changed, then checks what is due under host claims; at
/// <see cref="ContentCheckOptions.NightlyHour"/> one node (<see cref="RecurringJobClaims"/>) reads every
/// published text for links and forgets those no longer named.
/// </summary>
public sealed class ExternalLinkWorker(
    ExternalLinkChecks links,
    RecurringJobClaims claims,
    SiteClock clock,
    IOptions<LinkCheckOptions> options,
    IOptions<ContentCheckOptions> checks,
    ILogger<ExternalLinkWorker> logger) : BackgroundService, IContentChangeListener
{
    public const string SweepJobName = "external-links";

    private readonly ConcurrentQueue<Guid> _published = new();
    private readonly WakeSignal _wake = new();

    public Task OnContentChangedAsync(IReadOnlyCollection<Guid>? changedItems, CancellationToken cancellationToken = default)
    {
        if (changedItems is { Count: > 0 } && options.Value.Enabled)
        {
            foreach (var id in changedItems)
            {
                _published.Enqueue(id);
            }

            _wake.Wake();
        }

        return Task.CompletedTask;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
                await _wake.WaitAsync(options.Value.PollInterval, stoppingToken, clock.TimeProvider);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // A failed round is tried again at the next poll; nothing waits on it.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                logger.LogError(exception, "The external link check failed");
                await Task.Delay(options.Value.PollInterval, clock.TimeProvider, stoppingToken);
            }
        }
    }

    private async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        if (clock.ToLocal(clock.UtcNow).Hour == checks.Value.NightlyHour && await claims.TryClaimAsync(SweepJobName, TimeSpan.FromDays(1), cancellationToken))
        {
            var named = await links.CollectAsync(null, cancellationToken);
            var forgotten = await links.ForgetAsync(cancellationToken);
            logger.LogInformation("Nightly link sweep: {Named} addresses in published texts, {Forgotten} forgotten", named, forgotten);
        }

        var items = new HashSet<Guid>();
        while (_published.TryDequeue(out var id))
        {
            items.Add(id);
        }

        if (items.Count > 0)
        {
            await links.CollectAsync(items, cancellationToken);
        }

        await links.CheckDueAsync(cancellationToken);
    }
}
