using System.Globalization;
using System.Resources;

namespace OmbudsmanSite.Web.Localization;

/// <summary>
/// UI strings from Resources/SiteText*.resx. Besides the current culture, any culture can be asked
/// for, so the language switcher can say "нет перевода" in Russian on an English page.
/// </summary>
public sealed class SiteText
{
    private static readonly ResourceManager Resources = new("OmbudsmanSite.Web.Resources.SiteText", typeof(SiteText).Assembly);

    public string this[string key] => Get(key, CultureInfo.CurrentUICulture);

    public string Format(string key, params object[] args) =>
        string.Format(CultureInfo.CurrentCulture, this[key], args);

    public string Get(string key, CultureInfo culture) =>
        Resources.GetString(key, culture) ?? throw new KeyNotFoundException($"No UI string '{key}' in Resources/SiteText.resx.");
}
