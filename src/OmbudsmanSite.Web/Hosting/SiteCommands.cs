using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Infrastructure.Import;
using OmbudsmanSite.Infrastructure.Media;
using OmbudsmanSite.Infrastructure.Search;
using OmbudsmanSite.Web.Media;

namespace OmbudsmanSite.Web.Hosting;

/// <summary>
/// Command-line verbs of the site's executable, run against the same configuration and database as
/// the site: <c>import-legacy &lt;file-or-folder&gt;... [--culture en] [--type meeting]</c> and
/// <c>rebuild-search-index</c>, and <c>add-media &lt;file&gt;... [--folder Reports/2024] [--alt en=Text]... [--caption en=Text]...</c>.
/// </summary>
public static class SiteCommands
{
    public const string ImportLegacy = "import-legacy";
    public const string RebuildSearchIndex = "rebuild-search-index";
    public const string AddMedia = "add-media";

    private const string AddMediaUsage = "Usage: add-media <file>... [--folder Reports/2024] [--alt az|en|ru=Text]... [--caption az|en|ru=Text]...";

    /// <returns>The exit code when a command ran, null when the site should start.</returns>
    public static async Task<int?> TryRunAsync(WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        return args.Length == 0 ? null : args[0] switch
        {
            ImportLegacy => await ImportLegacyAsync(app, args),
            RebuildSearchIndex => await RebuildSearchIndexAsync(app),
            AddMedia => await AddMediaAsync(app, args),
            _ => null,
        };
    }

    /// <summary>Rebuilds the index from the database while the site is stopped (a running site rebuilds a broken index itself).</summary>
    private static async Task<int> RebuildSearchIndexAsync(WebApplication app)
    {
        await app.InitializeOmbudsmanSiteAsync();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var count = await app.Services.GetRequiredService<SearchIndexer>().RebuildAsync();
        Console.WriteLine($"Search index rebuilt: {count} published variants in {watch.Elapsed.TotalSeconds:0.0} s ({app.Services.GetRequiredService<SearchIndex>().Path}).");
        return 0;
    }

    /// <summary>Puts files into the media library through the same checks as any upload; prints each one's id and URL, or why it was refused.</summary>
    private static async Task<int> AddMediaAsync(WebApplication app, string[] args)
    {
        var cultures = app.Services.GetRequiredService<SiteCultures>();
        var files = new List<string>();
        string? folder = null;
        var alt = new LocalizedText();
        var caption = new LocalizedText();
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--folder" when i + 1 < args.Length:
                    folder = args[++i];
                    break;
                case "--alt" or "--caption" when i + 1 < args.Length && args[i + 1].Split('=', 2) is [var culture, var text] && cultures.IsKnown(culture):
                    if (args[i] == "--alt")
                    {
                        alt = alt.With(culture, text);
                    }
                    else
                    {
                        caption = caption.With(culture, text);
                    }

                    i++;
                    break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    await Console.Error.WriteLineAsync($"Unknown or incomplete option '{option}' (languages: {string.Join(", ", cultures.All.Select(c => c.Code))}). {AddMediaUsage}");
                    return 2;
                default:
                    files.Add(args[i]);
                    break;
            }
        }

        if (files.Count == 0)
        {
            await Console.Error.WriteLineAsync(AddMediaUsage);
            return 2;
        }

        await app.InitializeOmbudsmanSiteAsync();
        var library = app.Services.GetRequiredService<MediaLibrary>();
        var inspector = app.Services.GetRequiredService<MediaFileInspector>();
        var folderId = await library.EnsureFolderAsync(folder);

        var failed = 0;
        foreach (var file in files)
        {
            if (!File.Exists(file))
            {
                await Console.Error.WriteLineAsync($"refused   {file}: there is no such file.");
                failed++;
                continue;
            }

            if (inspector.SizeError(new FileInfo(file).Length) is { } tooLarge)
            {
                await Console.Error.WriteLineAsync($"refused   {file}: {tooLarge}");
                failed++;
                continue;
            }

            var result = await library.UploadAsync(new MediaUpload(await File.ReadAllBytesAsync(file), Path.GetFileName(file)) { FolderId = folderId, AltText = alt, Caption = caption });
            if (result.Item is { } item)
            {
                Console.WriteLine($"added     {file}: {item.Id} {MediaEndpoints.FileUrl(item)}");
            }
            else
            {
                await Console.Error.WriteLineAsync($"refused   {file}: {result.Error}");
                failed++;
            }
        }

        return failed == 0 ? 0 : 1;
    }

    private static async Task<int> ImportLegacyAsync(WebApplication app, string[] args)
    {
        var paths = new List<string>();
        var culture = app.Services.GetRequiredService<SiteCultures>().Default.Code;
        var type = DocumentType.NewsArticle;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--culture" when i + 1 < args.Length:
                    culture = args[++i];
                    break;
                case "--type" when i + 1 < args.Length && DocumentTypeAliases.TryParse(args[i + 1], out var parsed):
                    type = parsed;
                    i++;
                    break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    await Console.Error.WriteLineAsync($"Unknown or incomplete option '{option}'. Usage: {ImportLegacy} <file-or-folder>... [--culture az|en|ru] [--type newsArticle|meeting|report|page]");
                    return 2;
                default:
                    paths.Add(args[i]);
                    break;
            }
        }

        if (paths.Count == 0)
        {
            await Console.Error.WriteLineAsync($"Usage: {ImportLegacy} <file-or-folder>... [--culture az|en|ru] [--type newsArticle|meeting|report|page]");
            return 2;
        }

        if (!app.Services.GetRequiredService<SiteCultures>().IsKnown(culture))
        {
            await Console.Error.WriteLineAsync($"'{culture}' is not a configured language.");
            return 2;
        }

        // Same start-up as the site: curated uSync items exist first, so their legacy ids are taken.
        await app.InitializeOmbudsmanSiteAsync();
        var report = await app.Services.GetRequiredService<LegacyArticleImporter>().ImportAsync(paths, type, culture);
        foreach (var (file, title, warnings) in report.Imported)
        {
            Console.WriteLine($"imported  {file}: {title}");
            foreach (var warning in warnings)
            {
                Console.WriteLine($"          warning: {warning}");
            }
        }

        foreach (var file in report.Skipped)
        {
            Console.WriteLine($"skipped   {file}: already imported");
        }

        foreach (var failure in report.Failed)
        {
            await Console.Error.WriteLineAsync($"failed    {failure}");
        }

        Console.WriteLine($"{report.Imported.Count} imported as drafts, {report.Skipped.Count} already present, {report.Failed.Count} failed.");
        return report.Failed.Count == 0 ? 0 : 1;
    }
}
