using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Web.Localization;

namespace OmbudsmanSite.Web.Search;

/// <summary>
/// Limits searches and suggestions per client, so one client cannot keep the index busy for all.
/// The search page shares the catch-all page endpoint, so it is recognised by its path.
/// </summary>
public static class SearchRateLimiting
{
    private const string SearchPartition = "search:";

    public static IServiceCollection AddSearchRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(SearchRateLimitOptions.SectionName).Get<SearchRateLimitOptions>() ?? new SearchRateLimitOptions();
        services.Configure<SearchRateLimitOptions>(configuration.GetSection(SearchRateLimitOptions.SectionName));
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(SearchEndpoints.RateLimitPolicy, context => options.Enabled
                ? RateLimitPartition.GetTokenBucketLimiter(Client(context), _ => Bucket(options.SuggestionBurst, options.SuggestionsPerPeriod, options.Period))
                : RateLimitPartition.GetNoLimiter(""));
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                options.Enabled && IsSearchPage(context)
                    ? RateLimitPartition.GetTokenBucketLimiter(SearchPartition + Client(context), _ => Bucket(options.SearchBurst, options.SearchPerPeriod, options.Period))
                    : RateLimitPartition.GetNoLimiter(""));
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var response = rejected.HttpContext.Response;
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                response.Headers.CacheControl = "no-store";
                response.ContentType = "text/plain; charset=utf-8";
                var text = rejected.HttpContext.RequestServices.GetRequiredService<SiteText>();
                await response.WriteAsync(text["TooManyRequests"], cancellationToken);
            };
        });
        return services;
    }

    private static TokenBucketRateLimiterOptions Bucket(int burst, int perPeriod, TimeSpan period) => new()
    {
        TokenLimit = Math.Max(1, burst),
        TokensPerPeriod = Math.Max(1, perPeriod),
        ReplenishmentPeriod = period,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    private static string Client(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    private static bool IsSearchPage(HttpContext context)
    {
        var path = context.Request.Path.Value;
        if (path is null || path.Length < 4)
        {
            return false;
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length == 2
            && context.RequestServices.GetRequiredService<SiteCultures>().TryGet(segments[0], out var culture)
            && string.Equals(culture.Code, segments[0], StringComparison.OrdinalIgnoreCase)
            && string.Equals(culture.SearchSegment, segments[1], StringComparison.OrdinalIgnoreCase);
    }
}
