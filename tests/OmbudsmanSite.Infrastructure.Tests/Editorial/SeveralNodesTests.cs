using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Infrastructure.Persistence;
using OmbudsmanSite.Infrastructure.Persistence.PostgreSql;
using OmbudsmanSite.Infrastructure.Tests.Support;

namespace OmbudsmanSite.Infrastructure.Tests.Editorial;

/// <summary>Two nodes (each with its own services, journal reader and scheduler) on one PostgreSQL database.</summary>
[Collection(PostgreSqlTestGroup.Name)]
public sealed class SeveralNodesTests(PostgreSqlCluster cluster)
{
    [Fact]
    public async Task Two_schedulers_run_each_of_200_schedules_exactly_once()
    {
        var database = await cluster.CreateDatabaseAsync();
        var a = await TestSite.CreateAsync(DatabaseProvider.PostgreSql, database);
        var b = await TestSite.CreateAsync(DatabaseProvider.PostgreSql, database);
        var due = a.Clock.UtcNow.AddHours(1);
        for (var n = 0; n < 100; n++)
        {
            var id = await a.CreateAsync(DocumentType.NewsArticle, new Dictionary<string, string> { ["az"] = $"Xəbər {n}", ["en"] = $"News {n}" });
            foreach (var culture in new[] { "az", "en" })
            {
                Assert.Equal(OperationStatus.Success, (await a.Publishing.ScheduleAsync(id, culture, ScheduleAction.Publish, due, TestSite.Tester)).Status);
            }
        }

        a.Time.Advance(TimeSpan.FromHours(2));
        b.Time.Advance(TimeSpan.FromHours(2));
        var ran = await Task.WhenAll(
            Task.Run(() => Scheduler(a, "node-a").RunDueAsync()),
            Task.Run(() => Scheduler(b, "node-b").RunDueAsync()));

        Assert.Equal(200, ran.Sum());
        await using var db = await a.Contexts.CreateDbContextAsync();
        Assert.Equal(200, await db.ContentSchedules.CountAsync(s => s.Status == ScheduleStatus.Done));
        Assert.Equal(200, await db.AuditEntries.CountAsync(e => e.Action == AuditAction.ScheduleRan));
        Assert.Equal(200, await db.ContentVariants.CountAsync());
        var byNode = await db.ContentSchedules.GroupBy(s => s.ClaimedBy).Select(g => new { Node = g.Key, Count = g.Count() }).ToListAsync();
        Assert.Equal(200, byNode.Sum(n => n.Count));
        Assert.All(byNode, n => Assert.True(n.Node is "node-a" or "node-b", n.Node));
    }

    [Fact]
    public async Task A_change_on_one_node_reaches_the_other_through_the_journal_within_the_poll_interval()
    {
        var database = await cluster.CreateDatabaseAsync();
        var a = await TestSite.CreateAsync(DatabaseProvider.PostgreSql, database);
        var b = await TestSite.CreateAsync(DatabaseProvider.PostgreSql, database);
        var told = new CountingNotifier();
        using var reader = new ContentJournalWorker(b.Contexts, b.Journal, told, new JournalPosition(), Options.Create(new EditorialOptions { JournalPollInterval = TimeSpan.FromMilliseconds(200) }), NullLogger<ContentJournalWorker>.Instance);
        await reader.StartAsync(CancellationToken.None);
        var startedAt = reader.AppliedSequence;
        var toldAtStart = told.Count;

        var id = await a.CreateAsync(DocumentType.NewsArticle, new Dictionary<string, string> { ["en"] = "Seen on node B" }, ["en"]);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (told.Count == toldAtStart && watch.Elapsed < TimeSpan.FromSeconds(5))
        {
            await Task.Delay(20);
        }

        await reader.StopAsync(CancellationToken.None);
        Assert.True(told.Count > toldAtStart, "node B never heard of node A's publish");
        Assert.True(reader.AppliedSequence >= startedAt + 2, $"applied {reader.AppliedSequence}, started at {startedAt}");
        Assert.NotNull(await b.Published.FindBySlugAsync(DocumentType.NewsArticle, "en", "seen-on-node-b"));
        Assert.NotNull(await a.Queries.DocumentAsync(id));
    }

    [Fact]
    public async Task A_notification_wakes_the_other_node_at_once_however_long_its_poll()
    {
        var database = await cluster.CreateDatabaseAsync();
        var a = await TestSite.CreateAsync(DatabaseProvider.PostgreSql, database);
        var b = await TestSite.CreateAsync(DatabaseProvider.PostgreSql, database);
        var told = new CountingNotifier();
        using var reader = new ContentJournalWorker(b.Contexts, b.Journal, told, new JournalPosition(), Options.Create(new EditorialOptions { JournalPollInterval = TimeSpan.FromHours(1) }), NullLogger<ContentJournalWorker>.Instance);
        using var listener = new JournalNotifications(
            Options.Create(new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = database }), b.Journal, NullLogger<JournalNotifications>.Instance);
        await reader.StartAsync(CancellationToken.None);
        await listener.StartAsync(CancellationToken.None);
        await listener.Listening.WaitAsync(TimeSpan.FromSeconds(10));
        await Task.Delay(100); // the nudge the listener gives on connecting has been read
        var toldBefore = told.Count;

        var watch = System.Diagnostics.Stopwatch.StartNew();
        await a.CreateAsync(DocumentType.NewsArticle, new Dictionary<string, string> { ["en"] = "Heard at once" }, ["en"]);
        while (told.Count == toldBefore && watch.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(5);
        }

        await listener.StopAsync(CancellationToken.None);
        await reader.StopAsync(CancellationToken.None);
        Assert.True(told.Count > toldBefore, "node B was not woken: with an hour's poll only a notification could have");
        Assert.True(listener.Heard > 0);
        Assert.NotNull(await b.Published.FindBySlugAsync(DocumentType.NewsArticle, "en", "heard-at-once"));
    }

    [Fact]
    public async Task Start_up_work_runs_on_one_node_at_a_time()
    {
        var options = Options.Create(new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = await cluster.CreateDatabaseAsync() });
        var first = await new StartupLock(options, NullLogger<StartupLock>.Instance).AcquireAsync();
        var second = new StartupLock(options, NullLogger<StartupLock>.Instance).AcquireAsync();

        await Task.Delay(500);
        Assert.False(second.IsCompleted, "the second node went ahead while the first held the lock");

        await first.DisposeAsync();
        var held = await second.WaitAsync(TimeSpan.FromSeconds(10));
        var third = new StartupLock(options, NullLogger<StartupLock>.Instance).AcquireAsync();
        await Task.Delay(200);
        Assert.False(third.IsCompleted);
        await held.DisposeAsync();
        await (await third.WaitAsync(TimeSpan.FromSeconds(10))).DisposeAsync();
    }

    [Fact]
    public async Task Presence_and_a_take_over_on_one_node_reach_an_editor_on_the_other()
    {
        var database = await cluster.CreateDatabaseAsync();
        var a = await TestSite.CreateAsync(DatabaseProvider.PostgreSql, database);
        var b = await TestSite.CreateAsync(DatabaseProvider.PostgreSql, database);
        var id = await a.CreateAsync(DocumentType.NewsArticle, new Dictionary<string, string> { ["en"] = "Open on two nodes" });
        var aysel = new ActingUser("test:aysel", "Aysel");
        var rauf = new ActingUser("test:rauf", "Rauf");
        var onA = Guid.NewGuid();
        var onB = Guid.NewGuid();

        await a.Presence.BeatAsync(id, onA, aysel, "en");
        var seenOnB = await b.Presence.BeatAsync(id, onB, rauf, "en");
        Assert.Equal("Aysel", Assert.Single(seenOnB.Others).UserName);

        Assert.True((await b.Presence.TakeOverAsync(id, onB, rauf)).Succeeded);
        var toldOnA = await a.Presence.BeatAsync(id, onA, aysel, "en");
        Assert.Equal("Rauf", toldOnA.TakenOverBy);
    }

    private static ScheduleWorker Scheduler(TestSite site, string node) =>
        new(site.Publishing, site.Schedules, Options.Create(new EditorialOptions { NodeName = node }), site.Time, NullLogger<ScheduleWorker>.Instance);

    private sealed class CountingNotifier : IContentChangeNotifier
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public Task ContentChangedAsync(IReadOnlyCollection<Guid>? changedItems = null, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return Task.CompletedTask;
        }
    }
}
