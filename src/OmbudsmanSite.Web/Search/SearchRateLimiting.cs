using System.Threading.RateLimiting;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Web.Hosting;

namespace OmbudsmanSite.Web.Search;

/// <summary>
/// Limits searches and suggestions per client, so one client cannot keep the index busy for all.
/// The search page shares the catch-all page endpoint, so it is recognised by its path.
/// </summary>
public static class SearchRateLimiting
{
    private const string SearchPartition = "search:";

    /// <summary>The suggestions endpoint's own policy (typing asks for more, so it gets more).</summary>
    public static RateLimitPartition<string> Suggestions(HttpContext context, SearchRateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Enabled
            ? RateLimitPartition.GetTokenBucketLimiter(SiteRateLimiting.Client(context), _ => SiteRateLimiting.Bucket(options.SuggestionBurst, options.SuggestionsPerPeriod, options.Period))
            : RateLimitPartition.GetNoLimiter("");
    }

    /// <summary>The search page's share of the global limiter; null for any other request.</summary>
    public static RateLimitPartition<string>? SearchPage(HttpContext context, SearchRateLimitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Enabled && IsSearchPage(context)
            ? RateLimitPartition.GetTokenBucketLimiter(SearchPartition + SiteRateLimiting.Client(context), _ => SiteRateLimiting.Bucket(options.SearchBurst, options.SearchPerPeriod, options.Period))
            : null;
    }

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
