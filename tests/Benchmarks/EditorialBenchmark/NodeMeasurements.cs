using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Infrastructure.Persistence;
using OmbudsmanSite.Infrastructure.Search;
using OmbudsmanSite.Tests.Shared;

namespace EditorialBenchmark;

/// <summary>
/// Two nodes on Kestrel over one throw-away PostgreSQL database: node B serves the news list (so its
/// caches hold it), an item is published through node A's services, then B's list is asked for every
/// 5 ms until it shows the item: what only the journal can tell B. Once with LISTEN/NOTIFY (the
/// default), once with node B polling the journal only (every second, the default interval). Then
/// article requests per second on one node, and on two behind a local nginx.
/// </summary>
internal static class NodeMeasurements
{
    public static async Task<int> RunAsync(int operations)
    {
        var root = Directory.CreateTempSubdirectory("ombudsman-nodes-bench-").FullName;
        var postgres = new ThrowawayPostgres();
        try
        {
            await postgres.StartAsync();
            var database = await postgres.CreateDatabaseAsync();
            using var a = Node(database, root, "a", listen: true);
            a.StartServer();
            await a.Services.GetRequiredService<SearchIndexWorker>().Started;
            foreach (var listen in new[] { true, false })
            {
                using var b = Node(database, root, listen ? "b-listening" : "b-polling", listen);
                b.StartServer();
                await b.Services.GetRequiredService<SearchIndexWorker>().Started;
                using var onB = b.CreateClient();
                var samples = new List<double>();
                for (var n = 0; n < operations; n++)
                {
                    samples.Add(await PublishToVisibleAsync(a, onB, $"Node benchmark {(listen ? "listen" : "poll")} {n}"));
                }

                samples.Sort();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"publish on A → in B's news list, {(listen ? "LISTEN/NOTIFY + 1 s poll" : "1 s poll only")}: p50 {samples[samples.Count / 2]:0} ms, max {samples[^1]:0} ms over {samples.Count} publishes"));
            }

            using (var b = Node(database, root, "b", listen: true))
            {
                b.StartServer();
                await b.Services.GetRequiredService<SearchIndexWorker>().Started;
                await ProxyAsync(a, b);
            }

            return 0;
        }
        finally
        {
            await postgres.StopAsync();
            Directory.Delete(root, recursive: true);
        }
    }

    private static BenchmarkSite Node(string database, string root, string name, bool listen) =>
        new(DatabaseProvider.PostgreSql, database, Path.Combine(root, name), settings: new Dictionary<string, string>
        {
            ["Database:ListenForChanges"] = listen ? "true" : "false",
            ["Site:Editorial:NodeName"] = name,
            ["AllowedHosts"] = $"localhost;127.0.0.1;{PublicHost}",
            ["Site:ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
        });

    private const string PublicHost = "ombudsman.az";
    private const int Clients = 8;
    private static readonly TimeSpan LoadTime = TimeSpan.FromSeconds(10);

    /// <summary>
    /// An article page (output-cached) asked for by <see cref="Clients"/> clients: on node A alone, then
    /// through nginx (TLS, the guide's server file) spread over A and B. Checks on the way that the
    /// proxy's headers are believed: the page through nginx names its https address.
    /// </summary>
    private static async Task ProxyAsync(BenchmarkSite a, BenchmarkSite b)
    {
        var title = "Node benchmark article under load";
        await PublishToVisibleAsync(a, b.CreateClient(), title);
        var path = $"/en/news/{title.ToLowerInvariant().Replace(' ', '-')}";

        using var direct = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false, MaxConnectionsPerServer = Clients }) { BaseAddress = a.ClientOptions.BaseAddress };
        var onA = await Load.RequestsPerSecondAsync(direct, path, Clients, LoadTime);

        await using var nginx = await LocalNginx.StartAsync([a.ClientOptions.BaseAddress, b.ClientOptions.BaseAddress]);
        using var proxied = nginx.CreateClient(Clients);
        proxied.DefaultRequestHeaders.Host = PublicHost;
        using (var page = await proxied.GetAsync(new Uri(path, UriKind.Relative)))
        {
            var html = await page.Content.ReadAsStringAsync();
            if (!html.Contains($"<link rel=\"canonical\" href=\"https://{PublicHost}{path}\"", StringComparison.Ordinal) || !page.Headers.Contains("Strict-Transport-Security"))
            {
                throw new InvalidOperationException($"Through nginx the page does not name its https address or send HSTS: the forwarded headers were not believed ({(int)page.StatusCode}).");
            }
        }

        var throughNginx = await Load.RequestsPerSecondAsync(proxied, path, Clients, LoadTime);
        Console.WriteLine();
        Console.WriteLine($"Article page (output cache), {Clients} clients for {LoadTime.TotalSeconds:0} s, {Environment.ProcessorCount} cores for everything (nodes, nginx, PostgreSQL, clients):");
        Console.WriteLine();
        Console.WriteLine("| route | requests/s |");
        Console.WriteLine("|---|---|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| node A alone, plain HTTP | {onA:0} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| nginx (TLS, keep-alive to the nodes) over A and B | {throughNginx:0} |"));
    }

    private static async Task<double> PublishToVisibleAsync(BenchmarkSite a, HttpClient onB, string title)
    {
        var created = await a.Services.GetRequiredService<ContentEditingService>().CreateAsync(new CreateContentRequest
        {
            Type = DocumentType.NewsArticle,
            Values = new ContentValues { DateUtc = DateTime.UtcNow, Cultures = new Dictionary<string, CultureValues> { ["en"] = new() { Title = title, BodyHtml = "<p>Text.</p>" } } },
        }, SystemUsers.Command);
        var id = created.DocumentId!.Value;
        var list = new Uri("/en/news", UriKind.Relative);
        if ((await onB.GetStringAsync(list)).Contains(title, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("B listed the item before it was published");
        }

        await a.Services.GetRequiredService<ContentPublishingService>().PublishAsync(id, ["en"], SystemUsers.Command);
        var watch = Stopwatch.StartNew(); // from the commit, as a visitor on B would count it
        while (!(await onB.GetStringAsync(list)).Contains(title, StringComparison.Ordinal))
        {
            if (watch.Elapsed > TimeSpan.FromSeconds(30))
            {
                throw new TimeoutException($"item {id} never appeared on node B");
            }

            await Task.Delay(5);
        }

        return watch.Elapsed.TotalMilliseconds;
    }
}
