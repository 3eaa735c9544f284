using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Infrastructure.Import;
using OmbudsmanSite.Infrastructure.Search;

namespace OmbudsmanSite.Web.Hosting;

/// <summary>
/// Command-line verbs of the site's executable, run against the same configuration and database as
/// the site: <c>import-legacy &lt;file-or-folder&gt;... [--culture en] [--type meeting]</c> and
/// <c>rebuild-search-index</c>.
/// </summary>
public static class SiteCommands
{
    public const string ImportLegacy = "import-legacy";
    public const string RebuildSearchIndex = "rebuild-search-index";

    /// <returns>The exit code when a command ran, null when the site should start.</returns>
    public static async Task<int?> TryRunAsync(WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        return args.Length == 0 ? null : args[0] switch
        {
            ImportLegacy => await ImportLegacyAsync(app, args),
            RebuildSearchIndex => await RebuildSearchIndexAsync(app),
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
