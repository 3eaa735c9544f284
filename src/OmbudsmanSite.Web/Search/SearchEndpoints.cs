using Microsoft.AspNetCore.WebUtilities;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Core.Search;
using OmbudsmanSite.Web.Localization;
using OmbudsmanSite.Web.Routing;

namespace OmbudsmanSite.Web.Search;

/// <summary>
/// GET /api/search/suggestions?culture=az&amp;q=gör: titles for the words typed so far, as JSON, for
/// the search box's progressive enhancement (wwwroot/js/suggest.js). The search page works without it.
/// </summary>
public static class SearchEndpoints
{
    public const string SuggestionsPath = SiteUrls.ApiPrefix + "search/suggestions";
    public const string RateLimitPolicy = "suggestions";
    private const int SuggestionCount = 8;

    public static string SuggestionsUrl(string culture) =>
        QueryHelpers.AddQueryString(SuggestionsPath, "culture", culture);

    public static IEndpointRouteBuilder MapSearch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(SuggestionsPath, SuggestAsync).RequireRateLimiting(RateLimitPolicy);
        return endpoints;
    }

    private static async Task<IResult> SuggestAsync(HttpContext context, ISiteSearch search, SiteCultures cultures, SiteUrls urls, SiteText text)
    {
        var culture = context.Request.Query["culture"].ToString();
        if (!cultures.TryGet(culture, out var definition) || !string.Equals(definition.Code, culture, StringComparison.OrdinalIgnoreCase))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown or missing culture: use ?culture=" + string.Join("|", cultures.All.Select(c => c.Code)));
        }

        var typed = context.Request.Query[QueryValues.Text].ToString();
        var suggestions = typed.Length > SearchQuery.MaxTextLength
            ? []
            : await search.SuggestAsync(definition.Code, typed, SuggestionCount, context.RequestAborted);
        var language = cultures.CultureInfoFor(definition.Code);
        context.Response.Headers.CacheControl = "public, max-age=60";
        return Results.Json(new SuggestionsResponse(
            typed,
            [.. suggestions.Select(s => new SuggestionItem(s.Title, urls.Item(s.Culture, s.Type, s.Slug), text.Get("Type_" + DocumentTypeAliases.AliasOf(s.Type), language)))]));
    }

    private sealed record SuggestionsResponse(string Query, IReadOnlyList<SuggestionItem> Suggestions);

    private sealed record SuggestionItem(string Title, string Url, string Type);
}
