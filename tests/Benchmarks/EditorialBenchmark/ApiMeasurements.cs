using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace EditorialBenchmark;

/// <summary>
/// The delivery API over a seeded site, on Kestrel, from a cold start: an item by its public path and
/// a filtered list (each address asked once, so neither the output cache nor the read cache has it),
/// cached requests per second beside the HTML page of the same item, and a full sync through the
/// change feed.
/// </summary>
internal static class ApiMeasurements
{
    private const int CachedSeconds = 5;
    private const int CachedWorkers = 8;

    public static async Task RunAsync(Uri site, int items, int requests)
    {
        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = 64 }) { BaseAddress = site };
        var random = new Random(5);

        // JIT, connection pool, EF Core's compiled models: a few answers that the timings do not count.
        for (var n = 0; n < 20; n++)
        {
            await GetAsync(client, Route(random.Next(items)));
            await GetAsync(client, $"/api/v1/content?culture=en&type=newsArticle&take=20&skip={n * 20}");
        }

        var route = new List<double>();
        foreach (var n in Enumerable.Range(100, items - 100).OrderBy(_ => random.Next()).Take(requests))
        {
            route.Add(await TimeAsync(client, Route(n)));
        }

        var list = new List<double>();
        var asked = new HashSet<string>(StringComparer.Ordinal);
        var first = new DateTime(2018, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        while (list.Count < requests)
        {
            var from = first.AddDays(random.Next(0, 8 * 365 - 30));
            var address = string.Create(CultureInfo.InvariantCulture, $"/api/v1/content?culture=en&type=newsArticle&from={from:yyyy-MM-dd}&to={from.AddDays(random.Next(1, 30)):yyyy-MM-dd}&take=20&skip={random.Next(0, 3) * 20}");
            if (asked.Add(address))
            {
                list.Add(await TimeAsync(client, address));
            }
        }

        // The whole type, newest first, at offsets down to the cap (10,000): a count and a walk down the list's index.
        var unfiltered = new List<double>();
        foreach (var skip in Enumerable.Range(0, 501).Select(p => p * 20).OrderBy(_ => random.Next()).Take(Math.Min(requests, 501)))
        {
            unfiltered.Add(await TimeAsync(client, $"/api/v1/content?culture=az&type=newsArticle&take=20&skip={skip}"));
        }

        var cachedItem = Route(42);
        var cachedApi = await RequestsPerSecondAsync(site, cachedItem);
        var cachedPage = await RequestsPerSecondAsync(site, "/en/news/item-42");

        var sync = Stopwatch.StartNew();
        var (synced, pages) = (0, 0);
        long next = 0;
        bool more;
        do
        {
            using var answer = await client.GetAsync(new Uri($"/api/v1/changes?since={next}&culture=en&take=1000", UriKind.Relative));
            answer.EnsureSuccessStatusCode();
            using var json = JsonDocument.Parse(await answer.Content.ReadAsStreamAsync());
            synced += json.RootElement.GetProperty("changes").EnumerateArray().Count(c => c.GetProperty("item").ValueKind == JsonValueKind.Object);
            next = json.RootElement.GetProperty("next").GetInt64();
            more = json.RootElement.GetProperty("more").GetBoolean();
            pages++;
        }
        while (more);
        sync.Stop();

        route.Sort();
        list.Sort();
        unfiltered.Sort();
        Console.WriteLine();
        Console.WriteLine($"Delivery API over {items} items ({Environment.ProcessorCount} cores), each address asked once (uncached):");
        Console.WriteLine();
        Console.WriteLine("| measurement | figure |");
        Console.WriteLine("|---|---|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| item by route, p50 / p95 / p99 | {Percentile(route, 0.50):0.0} / {Percentile(route, 0.95):0.0} / {Percentile(route, 0.99):0.0} ms ({route.Count} requests) |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| filtered list (type, days, offset), p50 / p95 / p99 | {Percentile(list, 0.50):0.0} / {Percentile(list, 0.95):0.0} / {Percentile(list, 0.99):0.0} ms ({list.Count} requests) |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| unfiltered list (type, offset 0 to 10,000), p50 / p95 / p99 | {Percentile(unfiltered, 0.50):0.0} / {Percentile(unfiltered, 0.95):0.0} / {Percentile(unfiltered, 0.99):0.0} ms ({unfiltered.Count} requests) |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| cached item by route, {CachedWorkers} clients | {cachedApi:0} requests/s |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| cached HTML page of the same item, {CachedWorkers} clients | {cachedPage:0} requests/s |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| full sync through /changes (take=1000) | {synced} items in {sync.Elapsed.TotalSeconds:0.0} s ({pages} pages) |"));
    }

    private static string Route(int n) => $"/api/v1/content/route?path=%2Fen%2Fnews%2Fitem-{n}";

    private static async Task<double> TimeAsync(HttpClient client, string address)
    {
        var watch = Stopwatch.StartNew();
        await GetAsync(client, address);
        return watch.Elapsed.TotalMilliseconds;
    }

    private static Task GetAsync(HttpClient client, string address) => Load.GetAsync(client, address);

    // Several clients asking for one cached address as fast as they can, for a few seconds.
    private static async Task<double> RequestsPerSecondAsync(Uri site, string address)
    {
        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = CachedWorkers }) { BaseAddress = site };
        return await Load.RequestsPerSecondAsync(client, address, CachedWorkers, TimeSpan.FromSeconds(CachedSeconds));
    }

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
