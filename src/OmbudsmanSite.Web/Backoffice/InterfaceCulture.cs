using System.Globalization;
using OmbudsmanSite.Core.Localization;

namespace OmbudsmanSite.Web.Backoffice;

/// <summary>The site culture the backoffice speaks in this request: titles and alt texts are picked in it.</summary>
public static class InterfaceCulture
{
    public static string Of(SiteCultures cultures)
    {
        ArgumentNullException.ThrowIfNull(cultures);
        return cultures.TryGet(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName, out var culture) ? culture.Code : cultures.Default.Code;
    }
}
