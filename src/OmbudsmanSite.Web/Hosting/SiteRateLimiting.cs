using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using OmbudsmanSite.Web.Api;
using OmbudsmanSite.Web.Backoffice;
using OmbudsmanSite.Web.Backoffice.Forms;
using OmbudsmanSite.Web.Localization;
using OmbudsmanSite.Web.Search;

namespace OmbudsmanSite.Web.Hosting;

/// <summary>
/// The site's rate limits, per client address: searches and suggestions (so one client cannot keep the
/// index busy), the delivery API (a 429 problem), and the backoffice's sign-in forms (so nobody guesses passwords or keeps accounts
/// locked). A refused search gets a short text; a refused backoffice form a page in the user's language.
/// </summary>
public static class SiteRateLimiting
{
    public static IServiceCollection AddSiteRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var search = configuration.GetSection(SearchRateLimitOptions.SectionName).Get<SearchRateLimitOptions>() ?? new SearchRateLimitOptions();
        var signIn = configuration.GetSection(SignInRateLimitOptions.SectionName).Get<SignInRateLimitOptions>() ?? new SignInRateLimitOptions();
        services.Configure<SearchRateLimitOptions>(configuration.GetSection(SearchRateLimitOptions.SectionName));
        services.Configure<SignInRateLimitOptions>(configuration.GetSection(SignInRateLimitOptions.SectionName));
        var api = (configuration.GetSection(ApiOptions.SectionName).Get<ApiOptions>() ?? new ApiOptions()).RateLimit;
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(SearchEndpoints.RateLimitPolicy, context => SearchRateLimiting.Suggestions(context, search));
            limiter.AddPolicy(ContentApiEndpoints.RateLimitPolicy, context => api.Enabled
                ? RateLimitPartition.GetTokenBucketLimiter("api|" + Client(context), _ => Bucket(api.Burst, api.PerPeriod, api.Period))
                : RateLimitPartition.GetNoLimiter(""));
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                SearchRateLimiting.SearchPage(context, search) ?? SignInRateLimiting.SignInPost(context, signIn) ?? RateLimitPartition.GetNoLimiter(""));
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var context = rejected.HttpContext;
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : (TimeSpan?)null;
                if (retryAfter is { } seconds)
                {
                    context.Response.Headers.RetryAfter = ((int)Math.Ceiling(seconds.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                context.Response.Headers.CacheControl = "no-store";
                if (ContentApiEndpoints.IsApi(context.Request.Path))
                {
                    await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
                        detail: "This client asked too often; wait as Retry-After says.").ExecuteAsync(context);
                    return;
                }

                if (BackofficeAddresses.IsBackoffice(context.Request.Path))
                {
                    await FormProblemResponses.WriteAsync(context, FormProblem.TooManyAttempts, StatusCodes.Status429TooManyRequests, retryAfter: retryAfter);
                    return;
                }

                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync(context.RequestServices.GetRequiredService<SiteText>()["TooManyRequests"], cancellationToken);
            };
        });
        return services;
    }

    public static TokenBucketRateLimiterOptions Bucket(int burst, int perPeriod, TimeSpan period) => new()
    {
        TokenLimit = Math.Max(1, burst),
        TokensPerPeriod = Math.Max(1, perPeriod),
        ReplenishmentPeriod = period,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    public static string Client(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
    }
}
