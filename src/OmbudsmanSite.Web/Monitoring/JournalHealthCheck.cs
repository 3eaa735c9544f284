using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Web.Monitoring;

/// <summary>How far this node is behind the change journal: its caches, index and pages follow it.</summary>
public sealed class JournalHealthCheck(IDbContextFactory<SiteDbContext> contexts, ContentJournalWorker worker, IOptions<HealthOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var last = await db.NewestJournalSequenceAsync(cancellationToken);
        var applied = worker.AppliedSequence;
        var lag = applied < 0 ? last : Math.Max(0, last - applied);
        var data = new Dictionary<string, object> { ["lastSequence"] = last, ["appliedSequence"] = applied, ["lag"] = lag };
        return applied < 0 ? HealthCheckResult.Unhealthy("The journal has not been read yet.", data: data)
            : lag > options.Value.MaxJournalLag ? HealthCheckResult.Unhealthy($"{lag} journal rows behind.", data: data)
            : HealthCheckResult.Healthy($"{lag} journal rows behind.", data);
    }
}
