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
/// default), once with node B polling the journal only (every second, the default interval).
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
        });

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
