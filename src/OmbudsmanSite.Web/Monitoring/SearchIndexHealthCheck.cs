using Microsoft.Extensions.Diagnostics.HealthChecks;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Infrastructure.Search;

namespace OmbudsmanSite.Web.Monitoring;

/// <summary>
/// The search index is open and its start-up check (or first build) is done: until then the node is
/// not ready, though an index on disk already answers searches. Says how far the committed documents
/// are behind the journal this node has read.
/// </summary>
public sealed class SearchIndexHealthCheck(SearchIndexWorker worker, SearchIndex index, JournalPosition journal) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["status"] = index.Status.ToString() };
        if (index.JournalSequence is { } sequence)
        {
            data["journalSequence"] = sequence;
            data["lag"] = Math.Max(0, journal.Applied - sequence);
        }

        if (worker.Start is { } start)
        {
            data["start"] = start.Kind.ToString();
        }

        return Task.FromResult(
            !worker.Started.IsCompleted ? HealthCheckResult.Unhealthy("The search index is being checked or built.", data: data)
            : !index.IsOpen ? HealthCheckResult.Unhealthy("The search index could not be opened.", data: data)
            : HealthCheckResult.Healthy("The search index is open and checked.", data));
    }
}
