using System.Net;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Infrastructure.Diagnostics;
using OmbudsmanSite.Web.Hosting;
using OpenTelemetry.Metrics;

namespace OmbudsmanSite.Web.Monitoring;

/// <summary>
/// <c>/metrics</c> in Prometheus' text format (OpenTelemetry's exporter): ASP.NET Core's request
/// count and latency, Kestrel's connections, the runtime's memory and GC, and the site's own meter
/// (output-cache hits and misses, journal lag, search latency, image jobs waiting, the mail queue).
/// Only clients in <see cref="MetricsOptions.AllowedNetworks"/> reach it.
/// </summary>
public static class MetricsEndpoint
{
    public const string Path = "/metrics";

    public static IServiceCollection AddSiteMetrics(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(MetricsOptions.SectionName);
        services.Configure<MetricsOptions>(section);
        var options = section.Get<MetricsOptions>() ?? new MetricsOptions();
        if (!options.Enabled)
        {
            return services;
        }

        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(SiteMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "System.Runtime")
            .AddPrometheusExporter(prometheus => prometheus.ScrapeResponseCacheDurationMilliseconds = 0)); // scrapes are seconds apart; each sees now
        return services;
    }

    public static IApplicationBuilder UseSiteMetrics(this IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<IOptions<MetricsOptions>>().Value;
        if (!options.Enabled)
        {
            return app;
        }

        _ = app.ApplicationServices.GetRequiredService<SiteGauges>(); // the gauges exist from start, not from first use
        // Parsed here, as the pipeline is built at start: a typo stops the start, not the first scrape.
        var allowed = NetworkList.Parse(
            options.AllowedNetworks.Length > 0 ? options.AllowedNetworks : MetricsOptions.DefaultAllowedNetworks,
            $"{MetricsOptions.SectionName}:{nameof(MetricsOptions.AllowedNetworks)}");
        return app.UseOpenTelemetryPrometheusScrapingEndpoint(context =>
            context.Request.Path == Path && IsAllowed(context.Connection.RemoteIpAddress, allowed));
    }

    private static bool IsAllowed(IPAddress? client, IReadOnlyList<IPNetwork> allowed)
    {
        if (client is null)
        {
            return false;
        }

        var address = client.IsIPv4MappedToIPv6 ? client.MapToIPv4() : client;
        return allowed.Any(network => network.Contains(address));
    }
}
