using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace EditorialBenchmark;

/// <summary>
/// The public pages over the seeded site (every item a news article in three languages), each address
/// asked once so the output cache never answers: news list pages by number (an offset down the list's
/// index) and the same depth reached by a Next link's cursor (a seek), the search page for one word
/// (300,000 variants indexed), and every Atom feed on its first request.
/// </summary>
internal static partial class SiteMeasurements
{
    private static readonly string[] Feeds =
    [
        "/az/feed.xml", "/en/feed.xml", "/ru/feed.xml",
        "/az/xeberler/feed.xml", "/en/news/feed.xml", "/ru/novosti/feed.xml",
        "/az/gorusler/feed.xml", "/en/meetings/feed.xml", "/ru/vstrechi/feed.xml",
        "/az/hesabatlar/feed.xml", "/en/reports/feed.xml", "/ru/doklady/feed.xml",
    ];

    public static async Task RunAsync(Uri site, int items, int requests)
    {
        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = site };
        var random = new Random(11);
        var pageCount = Math.Max(6, items / 10);
        var numbers = Enumerable.Range(6, pageCount - 6).OrderBy(_ => random.Next()).Take(Math.Min(requests, 300)).ToList();

        var byNumber = new List<double>();
        var byCursor = new List<double>();
        foreach (var number in numbers)
        {
            var (elapsed, html) = await TimeAsync(client, $"/en/news?page={number.ToString(CultureInfo.InvariantCulture)}");
            byNumber.Add(elapsed);
            if (NextLink().Match(html) is { Success: true } next && next.Groups[1].Value.Contains("after=", StringComparison.Ordinal))
            {
                byCursor.Add((await TimeAsync(client, WebUtility.HtmlDecode(next.Groups[1].Value))).Elapsed);
            }
        }

        var search = new List<double>();
        foreach (var word in Enumerable.Range(1, Math.Min(requests, 300)).Select(Seeder.VocabularyWord))
        {
            search.Add((await TimeAsync(client, $"/en/search?q={word}")).Elapsed);
        }

        var feeds = new List<double>();
        foreach (var feed in Feeds)
        {
            feeds.Add((await TimeAsync(client, feed)).Elapsed);
        }

        Console.WriteLine();
        Console.WriteLine($"Public pages over {items} items ({Environment.ProcessorCount} cores), each address asked once (uncached):");
        Console.WriteLine();
        Console.WriteLine("| page | p50 / p95 / p99 | requests |");
        Console.WriteLine("|---|---|---|");
        Row("news list, page 6 to the last by number (offset)", byNumber);
        Row("news list, the same depths by the Next link's cursor", byCursor);
        Row("search page, one word (a few dozen hits per language)", search);
        Row("Atom feeds (home and sections, three languages), first request", feeds);
    }

    private static void Row(string name, List<double> times)
    {
        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {Percentile(times, 0.50):0.0} / {Percentile(times, 0.95):0.0} / {Percentile(times, 0.99):0.0} ms | {times.Count} |"));
    }

    private static async Task<(double Elapsed, string Html)> TimeAsync(HttpClient client, string address)
    {
        var watch = Stopwatch.StartNew();
        using var answer = await client.GetAsync(new Uri(address, UriKind.Relative));
        var html = await answer.Content.ReadAsStringAsync();
        var elapsed = watch.Elapsed.TotalMilliseconds;
        if (answer.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"{address} answered {(int)answer.StatusCode}.");
        }

        return (elapsed, html);
    }

    private static double Percentile(List<double> sorted, double p) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    [GeneratedRegex("<a href=\"([^\"]+)\" rel=\"next\"")]
    private static partial Regex NextLink();
}
