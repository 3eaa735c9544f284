using Microsoft.AspNetCore.Http.Headers;

namespace OmbudsmanSite.Web.Localization;

public static class AcceptLanguage
{
    /// <summary>The Accept-Language tags by falling quality, without the ones marked q=0 (not acceptable).</summary>
    public static IEnumerable<string> Preferred(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        RequestHeaders headers = request.GetTypedHeaders();
        return headers.AcceptLanguage
            .Where(value => value.Quality is null or > 0)
            .OrderByDescending(value => value.Quality ?? 1)
            .Select(value => value.Value.ToString());
    }
}
