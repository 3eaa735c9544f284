using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Configuration;

namespace OmbudsmanSite.Web.Monitoring;

/// <summary>The data folder's disk keeps <see cref="HealthOptions.MinFreeDiskBytes"/> free.</summary>
public sealed class DiskSpaceHealthCheck(IOptions<SiteOptions> site, IOptions<HealthOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var free = new DriveInfo(site.Value.ResolveDataPath()).AvailableFreeSpace;
        var data = new Dictionary<string, object> { ["freeBytes"] = free, ["minimumBytes"] = options.Value.MinFreeDiskBytes };
        return Task.FromResult(free >= options.Value.MinFreeDiskBytes
            ? HealthCheckResult.Healthy($"{free / (1 << 20)} MB free.", data)
            : HealthCheckResult.Unhealthy($"Only {free / (1 << 20)} MB free.", data: data));
    }
}
