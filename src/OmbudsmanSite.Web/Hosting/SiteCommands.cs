using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Infrastructure.Import;

namespace OmbudsmanSite.Web.Hosting;

/// <summary>
/// Command-line verbs of the site's executable, run against the same configuration and database as
/// the site: <c>import-legacy &lt;file-or-folder&gt;... [--culture en] [--type meeting]</c>.
/// </summary>
public static class SiteCommands
{
    public const string ImportLegacy = "import-legacy";

    /// <returns>The exit code when a command ran, null when the site should start.</returns>
    public static async Task<int?> TryRunAsync(WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || args[0] != ImportLegacy)
        {
            return null;
        }

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
