using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Infrastructure.Tests.Support;

namespace OmbudsmanSite.Infrastructure.Tests.Editorial;

/// <summary>
/// The scheduler runs each schedule at its time, not at its next poll: it sleeps until the next one
/// falls due, and a schedule set while it sleeps wakes it. Time is the test's hand-moved clock, so
/// "on time" is read off that clock, never off the machine's.
/// </summary>
public sealed class ScheduleTimingTests
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task The_scheduler_sleeps_until_the_next_schedule_and_never_past_the_poll()
    {
        var site = await TestSite.CreateSqliteAsync();
        var worker = Worker(site);
        Assert.Equal(Poll, await worker.SleepAsync()); // nothing pending

        var id = await site.CreateAsync(DocumentType.NewsArticle, new Dictionary<string, string> { ["en"] = "Sleeps until due" });
        await site.Publishing.ScheduleAsync(id, "en", ScheduleAction.Publish, site.Clock.UtcNow.AddSeconds(45), TestSite.Tester);
        Assert.Equal(Poll, await worker.SleepAsync());
        site.Time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(TimeSpan.FromSeconds(15), await worker.SleepAsync());
    }

    [Fact]
    public async Task A_schedule_runs_at_its_time_and_one_set_while_the_scheduler_sleeps_wakes_it()
    {
        var site = await TestSite.CreateSqliteAsync();
        var first = await site.CreateAsync(DocumentType.NewsArticle, new Dictionary<string, string> { ["en"] = "Due between two polls" });
        var second = await site.CreateAsync(DocumentType.NewsArticle, new Dictionary<string, string> { ["en"] = "Set while it sleeps" });
        var due = site.Clock.UtcNow.AddSeconds(45); // the polling scheduler ran it at 60 s
        Assert.True((await site.Publishing.ScheduleAsync(first, "en", ScheduleAction.Publish, due, TestSite.Tester)).Succeeded);

        using var stopping = new CancellationTokenSource();
        var worker = Worker(site);
        await worker.StartAsync(stopping.Token);
        try
        {
            Assert.InRange(await RanAtAsync(site, first), due, due.AddSeconds(2));

            // Nothing pending now: it sleeps a whole poll, and a schedule set meanwhile wakes it.
            var dueSoon = site.Clock.UtcNow.AddSeconds(5);
            await Task.Delay(100);
            Assert.True((await site.Publishing.ScheduleAsync(second, "en", ScheduleAction.Publish, dueSoon, TestSite.Tester)).Succeeded);
            Assert.InRange(await RanAtAsync(site, second), dueSoon, dueSoon.AddSeconds(2));
        }
        finally
        {
            await stopping.CancelAsync();
            await worker.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task Past_schedules_are_kept_thirty_days_with_who_cancelled_them_then_forgotten()
    {
        var site = await TestSite.CreateSqliteAsync();
        var id = await site.CreateAsync(DocumentType.NewsArticle, new Dictionary<string, string> { ["en"] = "Cancelled twice" });
        var first = await site.Publishing.ScheduleAsync(id, "en", ScheduleAction.Publish, site.Clock.UtcNow.AddDays(2), TestSite.Tester);
        var replacing = await site.Publishing.ScheduleAsync(id, "en", ScheduleAction.Publish, site.Clock.UtcNow.AddDays(3), TestSite.Tester);
        site.Time.Advance(TimeSpan.FromDays(20));
        Assert.True((await site.Publishing.CancelScheduleAsync(replacing.RowId!.Value, TestSite.Tester)).Succeeded);

        var past = await site.Queries.PastSchedulesAsync(site.Clock.UtcNow.AddDays(-30), 10);
        Assert.Equal([replacing.RowId, first.RowId], past.Select(s => (long?)s.Id));
        Assert.All(past, s => Assert.Equal((ScheduleStatus.Cancelled, TestSite.Tester.Name), (s.Status, s.CancelledByName)));
        Assert.Equal("Replaced by a later schedule.", past[1].FailureReason);

        site.Time.Advance(TimeSpan.FromDays(15)); // the first is 35 days old, the second 15
        Assert.Equal(1, await site.Publishing.PurgeScheduleHistoryAsync());
        Assert.Equal([replacing.RowId], (await site.Queries.SchedulesAsync(id)).Select(s => (long?)s.Id));
    }

    private static ScheduleWorker Worker(TestSite site) =>
        new(site.Publishing, site.Schedules, Options.Create(new EditorialOptions { SchedulePollInterval = Poll, NodeName = "timing" }), site.Time, NullLogger<ScheduleWorker>.Instance);

    /// <summary>Moves the clock a second at a time (giving the worker a moment between) until the item went live; when, on that clock.</summary>
    private static async Task<DateTime> RanAtAsync(TestSite site, Guid id)
    {
        for (var second = 0; second < 120; second++)
        {
            await Task.Delay(30);
            if ((await site.Queries.StatesAsync(id))!.StateOf("en") == CultureState.Published)
            {
                var ran = (await site.Queries.AuditAsync(new AuditQuery { DocumentId = id, Action = AuditAction.ScheduleRan })).Items.Single();
                return ran.Utc;
            }

            site.Time.Advance(TimeSpan.FromSeconds(1));
        }

        throw new TimeoutException("The schedule did not run within two minutes of the test's clock.");
    }
}
