using Microsoft.Extensions.Diagnostics.HealthChecks;
using OmbudsmanSite.Infrastructure.Media;

namespace OmbudsmanSite.Web.Monitoring;

/// <summary>Media storage takes a write (a small probe file, removed again): uploads would otherwise fail.</summary>
public sealed class MediaStorageHealthCheck(IMediaStorage storage) : IHealthCheck
{
    private const string ProbePath = LocalMediaStorage.HealthProbeFolder + "/probe";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var probe = new MemoryStream([1]);
            await storage.WriteAsync(ProbePath, probe, cancellationToken);
            await storage.DeleteAsync(ProbePath, cancellationToken);
            return HealthCheckResult.Healthy("Media storage takes writes.");
        }
#pragma warning disable CA1031 // Any failure is the check's answer.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy("Media storage refuses writes.", exception);
        }
    }
}
