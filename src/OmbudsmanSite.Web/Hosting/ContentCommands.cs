using System.Diagnostics;
using System.Globalization;
using OmbudsmanSite.Infrastructure.Import;
using OmbudsmanSite.Infrastructure.Sync;

namespace OmbudsmanSite.Web.Hosting;

/// <summary>
/// The verbs that move content into and out of a site's database, running or not: <c>import-usync
/// &lt;folder&gt;</c> and <c>seed-demo --items N [--seed S]</c> write through the editorial services, so
/// the changes are audited and journalled and every running node picks them up through the journal;
/// <c>export-usync &lt;folder&gt; [--drafts]</c> writes the site as a uSync tree.
/// </summary>
public static class ContentCommands
{
    public const string ImportUSync = "import-usync";
    public const string SeedDemo = "seed-demo";
    public const string ExportUSync = "export-usync";

    public const string ImportUSyncUsage = $"Usage: {ImportUSync} <folder>";
    public const string SeedDemoUsage = $"Usage: {SeedDemo} --items N [--seed S]";
    public const string ExportUSyncUsage = $"Usage: {ExportUSync} <new folder> [--drafts]";

    /// <summary>Writes the site as a uSync tree (see <see cref="USyncExporter"/>); reads only.</summary>
    public static async Task<int> ExportUSyncAsync(WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        var drafts = args.Contains("--drafts", StringComparer.Ordinal);
        var folders = args.Skip(1).Where(a => a != "--drafts").ToList();
        if (folders.Count != 1 || folders[0].StartsWith("--", StringComparison.Ordinal))
        {
            await Console.Error.WriteLineAsync(ExportUSyncUsage);
            return 2;
        }

        await app.InitializeOmbudsmanSiteAsync();
        try
        {
            var report = await app.Services.GetRequiredService<USyncExporter>().ExportAsync(folders[0], drafts);
            Console.WriteLine($"uSync export to {Path.GetFullPath(folders[0])}: {report.DocumentTypes} document types, {report.Taxonomy} topics, organisations and people, {report.Media} media files, {report.Content} items{(drafts ? " (drafts included)" : "")}.");
            return 0;
        }
        catch (USyncException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            return 1;
        }
    }

    public static async Task<int> ImportUSyncAsync(WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length != 2 || args[1].StartsWith("--", StringComparison.Ordinal))
        {
            await Console.Error.WriteLineAsync(ImportUSyncUsage);
            return 2;
        }

        var folder = Path.GetFullPath(args[1]);
        if (!Directory.Exists(folder))
        {
            await Console.Error.WriteLineAsync($"'{folder}' is not a folder. {ImportUSyncUsage}");
            return 2;
        }

        await app.InitializeOmbudsmanSiteAsync();
        var report = await app.Services.GetRequiredService<USyncImporter>().ImportAsync(folder);
        Console.WriteLine($"uSync import from {folder}: {report.Created.Count} created, {report.Updated.Count} updated, {report.Unchanged} unchanged, {report.Failed.Count} failed.");
        foreach (var (file, error) in report.Failed)
        {
            await Console.Error.WriteLineAsync($"  {file}: {error}");
        }

        return report.Failed.Count == 0 ? 0 : 1;
    }

    public static async Task<int> SeedDemoAsync(WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        int? items = null;
        var seed = 1;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--items" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count is > 0 and <= 1_000_000:
                    items = count;
                    i++;
                    break;
                case "--seed" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var value):
                    seed = value;
                    i++;
                    break;
                default:
                    await Console.Error.WriteLineAsync($"Unknown or invalid argument '{args[i]}' (--items takes 1 to 1,000,000). {SeedDemoUsage}");
                    return 2;
            }
        }

        if (items is null)
        {
            await Console.Error.WriteLineAsync(SeedDemoUsage);
            return 2;
        }

        await app.InitializeOmbudsmanSiteAsync();
        var watch = Stopwatch.StartNew();
        var progress = new Progress<int>(n => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {n:N0} of {items:N0} ({watch.Elapsed.TotalSeconds:0} s)")));
        var made = await app.Services.GetRequiredService<DemoContentSeeder>().SeedAsync(items.Value, seed, progress);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Demo content: {made:N0} items made and published in every language in {watch.Elapsed.TotalSeconds:0.0} s."));
        return made == items ? 0 : 1;
    }
}
