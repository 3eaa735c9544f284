using Microsoft.Extensions.Diagnostics.HealthChecks;
using OmbudsmanSite.Infrastructure.Search;

namespace OmbudsmanSite.Web.Monitoring;

/// <summary>The search index is open and its start-up check (or first build) is done: until then the node is not ready.</summary>
public sealed class SearchIndexHealthCheck(SearchIndexWorker worker, SearchIndex index) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(
            !worker.Started.IsCompleted ? HealthCheckResult.Unhealthy("The search index is being checked or built.")
            : !index.IsOpen ? HealthCheckResult.Unhealthy("The search index could not be opened.")
            : HealthCheckResult.Healthy("The search index is open and checked."));
}
