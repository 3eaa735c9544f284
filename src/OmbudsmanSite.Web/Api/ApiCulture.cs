using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Web.Localization;

namespace OmbudsmanSite.Web.Api;

/// <summary>The language an API answer is in: <c>culture=</c> when given (it must be one of the site's), else the best of <c>Accept-Language</c>.</summary>
public static class ApiCulture
{
    public const string Parameter = "culture";

    /// <summary>The language's code, or null when <c>culture=</c> names none of the site's.</summary>
    public static string? Of(HttpRequest request, SiteCultures cultures)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(cultures);
        var asked = request.Query[Parameter].ToString();
        if (asked.Length > 0)
        {
            return cultures.TryGet(asked, out var definition) ? definition.Code : null;
        }

        return cultures.Negotiate(AcceptLanguage.Preferred(request)).Code;
    }
}
