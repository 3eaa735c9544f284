namespace OmbudsmanSite.Core.Localization;

/// <summary>
/// One language of the site. Bound from configuration (the uSync language files feed it), so a
/// fourth language is a file plus translations, never code.
/// </summary>
public sealed class CultureDefinition
{
    /// <summary>The short code used in URLs and storage: "az", "en", "ru".</summary>
    public string Code { get; set; } = "";

    /// <summary>The .NET/BCP 47 culture used to format dates and numbers: "az-Latn-AZ".</summary>
    public string CultureName { get; set; } = "";

    /// <summary>The language's name in itself: "Azərbaycan", "English", "Русский".</summary>
    public string NativeName { get; set; } = "";

    public string EnglishName { get; set; } = "";

    public bool IsDefault { get; set; }

    /// <summary>Position in the language switcher.</summary>
    public int Order { get; set; }

    /// <summary>Path segment of the search page: "/az/axtaris", "/en/search".</summary>
    public string SearchSegment { get; set; } = "search";

    /// <summary>Localized first path segments of the sections: "/az/xeberler", "/en/news".</summary>
    public SectionSegments Sections { get; set; } = new();
}
