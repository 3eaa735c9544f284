using Microsoft.Net.Http.Headers;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Web.Routing;

namespace OmbudsmanSite.Web.Localization;

public static class LanguageNegotiationEndpoint
{
    /// <summary>"/" sends the visitor to the home page in their best language, else the default one.</summary>
    public static IEndpointRouteBuilder MapLanguageNegotiation(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", (HttpContext context, SiteCultures cultures, SiteUrls urls) =>
        {
            var best = cultures.Negotiate(AcceptLanguage.Preferred(context.Request));
            context.Response.Headers[HeaderNames.Vary] = HeaderNames.AcceptLanguage;
            return Results.Redirect(urls.Home(best.Code));
        });
        return endpoints;
    }
}
