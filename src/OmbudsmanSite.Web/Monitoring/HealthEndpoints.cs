using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OmbudsmanSite.Web.Monitoring;

/// <summary>
/// <c>/health/live</c> (the process answers: restart it if not) and <c>/health/ready</c> (the
/// database, the search index and its first build, the journal lag, media storage, disk space: send
/// it traffic only if so), as JSON per check, never cached. Microsoft.Extensions.Diagnostics.HealthChecks.
/// </summary>
public static class HealthEndpoints
{
    public const string Live = "/health/live";
    public const string Ready = "/health/ready";

    public static IServiceCollection AddSiteHealth(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<HealthOptions>(configuration.GetSection(HealthOptions.SectionName));
        string[] ready = [HealthCheckNames.Ready];
        services.AddHealthChecks()
            .AddCheck(HealthCheckNames.Process, () => HealthCheckResult.Healthy("The process answers."))
            .AddCheck<DatabaseHealthCheck>(HealthCheckNames.Database, tags: ready)
            .AddCheck<SearchIndexHealthCheck>(HealthCheckNames.SearchIndex, tags: ready)
            .AddCheck<JournalHealthCheck>(HealthCheckNames.Journal, tags: ready)
            .AddCheck<MediaStorageHealthCheck>(HealthCheckNames.MediaStorage, tags: ready)
            .AddCheck<DiskSpaceHealthCheck>(HealthCheckNames.Disk, tags: ready);
        return services;
    }

    public static IEndpointRouteBuilder MapSiteHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks(Live, new HealthCheckOptions { Predicate = check => check.Name == HealthCheckNames.Process, ResponseWriter = WriteAsync });
        endpoints.MapHealthChecks(Ready, new HealthCheckOptions { Predicate = check => check.Tags.Contains(HealthCheckNames.Ready), ResponseWriter = WriteAsync });
        return endpoints;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentType = "application/json; charset=utf-8";
        var answer = new
        {
            status = report.Status.ToString(),
            durationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                durationMs = Math.Round(e.Value.Duration.TotalMilliseconds, 1),
                data = e.Value.Data.Count == 0 ? null : e.Value.Data,
                error = e.Value.Exception?.Message,
            }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(answer, JsonOptions));
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };
}
