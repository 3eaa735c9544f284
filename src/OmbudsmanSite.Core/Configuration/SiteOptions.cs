using OmbudsmanSite.Core.Localization;

namespace OmbudsmanSite.Core.Configuration;

/// <summary>The "Site" section of configuration.</summary>
public sealed class SiteOptions
{
    public const string SectionName = "Site";

    /// <summary>
    /// Folder for the SQLite file, logs, the search index, media files and the processed-image cache.
    /// The host resolves a relative path against its content root (the project folder under dotnet run,
    /// the publish folder otherwise). Two instances never share one by accident: set Site__DataPath per
    /// instance.
    /// </summary>
    public string DataPath { get; set; } = "App_Data";

    /// <summary>Folder of the uSync files; relative paths resolve against the app's base directory.</summary>
    public string USyncPath { get; set; } = "uSync";

    /// <summary>Import the uSync folder on start.</summary>
    public bool ImportUSyncOnStart { get; set; } = true;

    /// <summary>Time zone that dates are shown in. Storage is always UTC.</summary>
    public string TimeZone { get; set; } = "Asia/Baku";

    /// <summary>
    /// Offset used when the machine has no time zone database (a bare container without tzdata).
    /// Baku has kept UTC+04:00 all year since 2016, so the fallback is exact for current dates.
    /// </summary>
    public TimeSpan TimeZoneFallbackOffset { get; set; } = TimeSpan.FromHours(4);

    /// <summary>
    /// Origin used for absolute links (hreflang, canonical), e.g. "https://ombudsman.az". Empty: the
    /// request's own scheme and host.
    /// </summary>
    public string PublicBaseUrl { get; set; } = "";

    public int PageSize { get; set; } = 10;

    /// <summary>
    /// From this page of a list on, its Next link carries a cursor (?after=…): the page after is found
    /// by a seek in the list's index however deep it is, not by walking past every newer item. Page
    /// numbers stay offsets, so any page can still be linked to.
    /// </summary>
    public int ListCursorFromPage { get; set; } = 5;

    /// <summary>Items in each block of the home page (latest news, announced and recent meetings, reports).</summary>
    public int HomeLatestCount { get; set; } = 3;

    /// <summary>Languages by code. Fed by uSync/Languages/*.yaml; appsettings may override.</summary>
    public Dictionary<string, CultureDefinition> Cultures { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The data folder as a full path; the host resolves a relative one against its content root.</summary>
    public string ResolveDataPath() => Path.GetFullPath(DataPath);

    public string ResolveUSyncPath() => Path.IsPathRooted(USyncPath) ? USyncPath : Path.Combine(AppContext.BaseDirectory, USyncPath);
}
