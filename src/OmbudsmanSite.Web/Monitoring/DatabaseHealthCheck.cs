using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Web.Monitoring;

/// <summary>The database answers a query.</summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<SiteDbContext> contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            // A query on a table of ours, not a bare connection: a database without the schema is not one to serve from.
            await db.JournalEntries.AnyAsync(cancellationToken);
            return HealthCheckResult.Healthy("The database answers.");
        }
#pragma warning disable CA1031 // Any failure is the check's answer, not the request's.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", exception);
        }
    }
}
