using System.Diagnostics;
using System.Globalization;
using EditorialBenchmark;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Search;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Infrastructure.Persistence;
using OmbudsmanSite.Tests.Shared;
using OmbudsmanSite.Web.Routing;

// dotnet run -c Release --project tests/Benchmarks/EditorialBenchmark -- --items 100000 --operations 1000 [--provider sqlite|postgresql] [--audit-rows N] [--circuits 20] [--keep]
// dotnet run -c Release --project tests/Benchmarks/EditorialBenchmark -- --security [--operations 40]: the refused upload's memory and the sign-in answers' timing
// dotnet run -c Release --project tests/Benchmarks/EditorialBenchmark -- --api --items 100000 [--operations 1000] [--provider postgresql]: the delivery API (ApiMeasurements)
// dotnet run -c Release --project tests/Benchmarks/EditorialBenchmark -- --startup --items 100000 [--starts 3] [--crawl-seconds 120]: the published site's start-up and memory (StartupMeasurements)
// dotnet run -c Release --project tests/Benchmarks/EditorialBenchmark -- --nodes [--operations 50]: two nodes on one PostgreSQL, publish-to-visible latency (NodeMeasurements)
// Seeds the items (three languages each, and an audit trail of a million rows), starts the site on
// Kestrel over that database, then times editorial operations against it. See the README.
var items = Option("--items", 100_000);
var operations = Option("--operations", 1_000);
var provider = (args.SkipWhile(a => a != "--provider").Skip(1).FirstOrDefault() ?? "sqlite").ToLowerInvariant() switch
{
    "sqlite" => DatabaseProvider.Sqlite,
    "postgresql" or "postgres" => DatabaseProvider.PostgreSql,
    var other => throw new ArgumentException($"--provider must be sqlite or postgresql, not {other}."),
};

if (args.Contains("--nodes"))
{
    return await NodeMeasurements.RunAsync(Option("--operations", 50));
}

var root = Directory.CreateTempSubdirectory("ombudsman-editorial-bench-").FullName;
var postgres = provider == DatabaseProvider.PostgreSql ? new ThrowawayPostgres() : null;
try
{
    string connectionString;
    if (postgres is not null)
    {
        await postgres.StartAsync();
        connectionString = await postgres.CreateDatabaseAsync();
    }
    else
    {
        connectionString = $"Data Source={Path.Combine(root, "bench.db")}";
    }

    using var site = new BenchmarkSite(provider, connectionString, root, quietJournal: args.Contains("--api"));
    site.StartServer();
    var services = site.Services;
    if (args.Contains("--security"))
    {
        // The hardening's figures only, on an empty site: no seeding, no editorial timings.
        using var securityClient = site.CreateClient();
        using var securityPages = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = securityClient.BaseAddress };
        await SecurityMeasurements.RunAsync(services, securityPages, Option("--operations", 40));
        return 0;
    }
    var watch = Stopwatch.StartNew();
    var api = args.Contains("--api");
    var startup = args.Contains("--startup");
    var seeded = await Seeder.SeedAsync(services, items, auditRows: Option("--audit-rows", api || startup ? 0 : 1_000_000), journal: api || startup);
    Console.WriteLine($"Seeded {items} items in az, en, ru and {seeded.AuditRows} audit rows on {provider} in {watch.Elapsed.TotalSeconds:0} s; search index rebuilt in {seeded.IndexSeconds:0} s.");
    if (args.Contains("--keep"))
    {
        // For EXPLAIN and friends: the seeded database stays up until a line is read.
        Console.WriteLine($"Database kept for inspection: {connectionString}; the site answers at {site.ClientOptions.BaseAddress}.");
        Console.WriteLine("Press Enter to run the operations and clean up.");
        await Console.In.ReadLineAsync();
    }

    if (api)
    {
        // A cold start over the seeded database: empty caches, and the journal read from its end (as
        // after a deploy), so the seeding's journal rows are the feed's, not a catch-up's.
        site.Dispose();
        using var fresh = new BenchmarkSite(provider, connectionString, root);
        fresh.StartServer();
        using var freshClient = fresh.CreateClient();
        await fresh.Services.GetRequiredService<OmbudsmanSite.Infrastructure.Search.SearchIndexWorker>().Started; // its start-up comparison done, as a node is before it is ready
        await ApiMeasurements.RunAsync(freshClient.BaseAddress!, items, Option("--operations", 1_000));
        await SiteMeasurements.RunAsync(freshClient.BaseAddress!, items, Option("--operations", 1_000));
    }

    if (startup)
    {
        site.Dispose();
        await StartupMeasurements.RunAsync(provider, connectionString, root, Option("--starts", 3), Option("--crawl-seconds", 120));
    }

    if (api || startup)
    {
        return 0;
    }

    var editing = services.GetRequiredService<ContentEditingService>();
    var publishing = services.GetRequiredService<ContentPublishingService>();
    var queries = services.GetRequiredService<ContentQueries>();
    var search = services.GetRequiredService<ISiteSearch>();
    var urls = services.GetRequiredService<SiteUrls>();
    var autosaves = services.GetRequiredService<AutosaveStore>();
    var referenceData = services.GetRequiredService<ReferenceDataCache>();
    using var client = site.CreateClient();
    var editor = new ActingUser("bench:editor", "Benchmark editor");
    var random = new Random(7);
    string[] cultures = ["az", "en", "ru"];
    var timings = new Dictionary<string, List<double>>(StringComparer.Ordinal);
    foreach (var name in new[] { "save", "publish", "publish-to-page", "publish-to-search", "audit-query", "list-states", "backoffice-list-page", "backoffice-list-filtered", "backoffice-audit-page", "backoffice-audit-filtered", "editor-open", "editor-save", "backoffice-search", "bulk-publish-100" })
    {
        timings[name] = [];
    }

    using var pages = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = client.BaseAddress };
    var backoffice = await BackofficeSession.SignInAsync(services, pages);
    for (var n = 0; n < operations; n++)
    {
        var id = seeded.Ids[random.Next(seeded.Ids.Count)];
        var culture = cultures[random.Next(cultures.Length)];
        var document = (await queries.DocumentAsync(id))!;
        var values = (await queries.ValuesAsync(id))!;
        var token = "zq" + Letters(n);
        var edited = values.WithCulture(culture, values.Culture(culture)! with { Title = $"{token} {values.Culture(culture)!.Title}" });

        var save = Time(timings["save"], () => editing.SaveAsync(new SaveContentRequest { DocumentId = id, BaseVersion = document.HeadVersion, Values = edited }, editor));
        Require(await save);
        var published = Stopwatch.StartNew();
        Require(await Time(timings["publish"], () => publishing.PublishAsync(id, [culture], editor)));
        var slug = (await queries.StatesAsync(id))!.Cultures.Single(c => c.Culture == culture).Slug;
        var path = urls.Item(culture, DocumentType.NewsArticle, slug);
        await Task.WhenAll(
            Until(timings["publish-to-page"], published, async () => (await client.GetStringAsync(new Uri(path, UriKind.Relative))).Contains(token, StringComparison.Ordinal), pollMilliseconds: 5),
            Until(timings["publish-to-search"], published, async () => (await search.SearchAsync(new SearchQuery { Culture = culture, Text = token })).TotalCount > 0, pollMilliseconds: 20));

        var query = (n % 4) switch
        {
            0 => new AuditQuery { DocumentId = seeded.Ids[random.Next(seeded.Ids.Count)] },
            1 => new AuditQuery { UserId = Seeder.AuditUsers[random.Next(Seeder.AuditUsers.Length)].Id },
            2 => new AuditQuery { Action = (AuditAction)random.Next(Enum.GetValues<AuditAction>().Length) },
            _ => new AuditQuery { FromUtc = seeded.AuditFromUtc.AddDays(random.Next(0, 900)), ToUtc = seeded.AuditFromUtc.AddDays(random.Next(900, 1000)) },
        };
        await Time(timings["audit-query"], () => queries.AuditAsync(query));
        await Time(timings["list-states"], () => queries.ListAsync(DocumentType.NewsArticle, 1, 50));

        // The backoffice list as an editor opens it (the whole page rendered), and with filters: a
        // state in a culture and a word of a title changed a moment ago.
        await Time(timings["backoffice-list-page"], () => backoffice.GetAsync("/backoffice/content/newsArticle"));
        await Time(timings["backoffice-list-filtered"], () => backoffice.GetAsync($"/backoffice/content/newsArticle?stateIn={culture}&state=Published&words={token}"));

        // The audit trail's first page as an administrator opens it (a million rows by default), and filtered by action and days.
        await Time(timings["backoffice-audit-page"], () => backoffice.GetAsync("/backoffice/audit"));
        var days = seeded.AuditFromUtc.AddDays(random.Next(0, 900));
        await Time(timings["backoffice-audit-filtered"], () => backoffice.GetAsync($"/backoffice/audit?action=Save&from={days:yyyy-MM-dd}&to={days.AddDays(30):yyyy-MM-dd}"));
        // What the editor's circuit does on the server: opening an item (its snapshot, the names for
        // the pickers, the user's autosave), and a save from the form (the save, the reloaded states,
        // the autosave dropped). The browser's side is the memory row below.
        await Time(timings["editor-open"], async () =>
        {
            var snapshot = await queries.EditorAsync(id);
            await referenceData.TaxonomyAsync();
            await autosaves.FindAsync(editor, id);
            return snapshot;
        });
        var head = (await queries.DocumentAsync(id))!.HeadVersion;
        var retitled = edited.WithCulture(culture, edited.Culture(culture)! with { Title = $"{token}x {values.Culture(culture)!.Title}" });
        await Time(timings["editor-save"], async () =>
        {
            var result = await editing.SaveAsync(new SaveContentRequest { DocumentId = id, BaseVersion = head, Values = retitled }, editor);
            Require(result);
            await queries.EditorAsync(id);
            await autosaves.DiscardAsync(editor, id);
            return result;
        });
        // The top bar's search, as its results page renders: a word of a title changed a moment ago, and a common one.
        await Time(timings["backoffice-search"], () => backoffice.GetAsync($"/backoffice/search?q={(n % 2 == 0 ? token : Seeder.CommonWord)}"));
        if ((n + 1) % 100 == 0)
        {
            await Console.Error.WriteLineAsync($"{n + 1} operations done");
        }
    }

    // A list's bulk publish of 100 items (each with a change waiting), as the confirmation runs it.
    var bulk = services.GetRequiredService<BulkEditor>();
    for (var round = 0; round < Math.Max(1, operations / 100); round++)
    {
        var chosen = seeded.Ids.OrderBy(_ => random.Next()).Take(100).ToList();
        foreach (var id in chosen)
        {
            var head = (await queries.DocumentAsync(id))!;
            var values = (await queries.ValuesAsync(id))!;
            Require(await editing.SaveAsync(new SaveContentRequest { DocumentId = id, BaseVersion = head.HeadVersion, Values = values.WithCulture("en", values.Culture("en")! with { Summary = $"Bulk round {round}." }) }, editor));
        }

        var results = await Time(timings["bulk-publish-100"], () => bulk.RunAsync(BulkAction.Publish, chosen, ["en"], editor));
        if (results.Any(r => r.Result is not { Succeeded: true }))
        {
            throw new InvalidOperationException("A bulk publish left items unpublished.");
        }
    }

    Console.WriteLine();
    Console.WriteLine($"{operations} operations over {items} items on {provider} ({Environment.ProcessorCount} cores):");
    Console.WriteLine();
    Console.WriteLine("| operation | p50 ms | p95 ms | p99 ms |");
    Console.WriteLine("|---|---|---|---|");
    foreach (var (name, samples) in timings)
    {
        samples.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {Percentile(samples, 0.50):0.0} | {Percentile(samples, 0.95):0.0} | {Percentile(samples, 0.99):0.0} |"));
    }

    var circuits = Option("--circuits", 20);
    if (circuits > 0)
    {
        var (heapPerCircuit, residentPerCircuit) = await CircuitMemory.MeasureAsync(client.BaseAddress!, seeded.Ids, circuits);
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Memory per connected editor circuit ({circuits} browser contexts): managed heap {heapPerCircuit:0.00} MB, resident set {residentPerCircuit:0.00} MB."));
    }
}
finally
{
    if (postgres is not null)
    {
        await postgres.StopAsync();
    }

    Directory.Delete(root, recursive: true);
}

return 0;

int Option(string name, int fallback) =>
    args.SkipWhile(a => a != name).Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).DefaultIfEmpty(fallback).First();

static async Task<T> Time<T>(List<double> samples, Func<Task<T>> action)
{
    var watch = Stopwatch.StartNew();
    var result = await action();
    samples.Add(watch.Elapsed.TotalMilliseconds);
    return result;
}

static async Task Until(List<double> samples, Stopwatch since, Func<Task<bool>> visible, int pollMilliseconds)
{
    while (!await visible())
    {
        if (since.Elapsed > TimeSpan.FromSeconds(30))
        {
            throw new TimeoutException("A publish did not become visible within 30 s.");
        }

        await Task.Delay(pollMilliseconds);
    }

    samples.Add(since.Elapsed.TotalMilliseconds);
}

static void Require(EditorialResult result)
{
    if (!result.Succeeded)
    {
        throw new InvalidOperationException($"{result.Status}: {string.Join(" ", result.Errors.Select(e => e.Message))}");
    }
}

static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

// Letters only, so every analyzer keeps the token as one word.
static string Letters(int n)
{
    var text = "";
    do
    {
        text = (char)('a' + (n % 26)) + text;
        n /= 26;
    }
    while (n > 0);
    return text.PadLeft(4, 'a');
}
