using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Infrastructure.Background;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Infrastructure.Persistence;
using OmbudsmanSite.Infrastructure.Tests.Support;

namespace OmbudsmanSite.Infrastructure.Tests.Editorial;

/// <summary>Journal retention: old rows go when a later row supersedes them, and a sync from 0 still ends where the site is.</summary>
public sealed class JournalCompactionTests
{
    private static readonly TimeSpan Retention = TimeSpan.FromDays(30);
    private static readonly string[] EditedCultures = ["en", "az"];

    [Fact]
    public async Task Old_superseded_and_draft_rows_go_and_a_sync_from_zero_gives_the_same_items()
    {
        var site = await TestSite.CreateSqliteAsync();
        var edited = await site.CreateAsync(DocumentType.NewsArticle, new Dictionary<string, string> { ["en"] = "Edited often", ["az"] = "Tez-tez" }, ["en", "az"]);
        for (var i = 0; i < 3; i++)
        {
            var title = $"Edited often, time {i + 2}";
            await site.EditAsync(edited, v => v.WithCulture("en", v.Culture("en")! with { Title = title }), ["en"]);
        }

        var unpublished = await site.CreateAsync(DocumentType.NewsArticle, new Dictionary<string, string> { ["en"] = "Taken down" }, ["en"]);
        await site.Publishing.UnpublishAsync(unpublished, ["en"], TestSite.Tester);
        var deleted = await site.CreateAsync(DocumentType.Meeting, new Dictionary<string, string> { ["en"] = "Deleted" }, ["en"]);
        Assert.True((await site.Editing.DeleteAsync(deleted, TestSite.Tester)).Succeeded);
        await site.CreateAsync(DocumentType.NewsArticle, new Dictionary<string, string> { ["en"] = "Never published" });

        site.Time.Advance(Retention + TimeSpan.FromDays(1));
        var recent = await site.CreateAsync(DocumentType.NewsArticle, new Dictionary<string, string> { ["en"] = "Recent" }, ["en"]);
        await site.EditAsync(recent, v => v.WithCulture("en", v.Culture("en")! with { Title = "Recent, edited" }), ["en"]); // young rows stay, superseded or not

        var feed = new PublishedChanges(site.Contexts);
        var before = await SyncFromZeroAsync(feed);
        var rowsBefore = await RowsAsync(site);

        var deletedRows = await Compaction(site).RunAsync();

        var rowsAfter = await RowsAsync(site);
        Assert.Equal(rowsBefore.Count - deletedRows, rowsAfter.Count);
        Assert.True(deletedRows >= 5, $"only {deletedRows} rows deleted");
        Assert.Equal(rowsBefore[^1].Sequence, rowsAfter[^1].Sequence);
        Assert.DoesNotContain(rowsAfter, r => r.Kind == ContentChangeKind.Draft && r.Utc < site.Clock.UtcNow - Retention);
        var editedBefore = rowsBefore.Where(r => r.DocumentId == edited && r.Kind == ContentChangeKind.Published).ToList();
        var editedAfter = rowsAfter.Where(r => r.DocumentId == edited && r.Kind == ContentChangeKind.Published).ToList();
        Assert.True(editedAfter.Count < editedBefore.Count, $"{editedBefore.Count} rows before, {editedAfter.Count} after");
        Assert.Equal(editedBefore[^1].Sequence, editedAfter[^1].Sequence);
        Assert.All(EditedCultures, culture => Assert.Contains(editedAfter, r => r.Cultures.Split(',').Contains(culture)));
        Assert.Equal(rowsBefore.Count(r => r.DocumentId == recent), rowsAfter.Count(r => r.DocumentId == recent));
        Assert.Equal(before, await SyncFromZeroAsync(feed));
        Assert.Contains((unpublished, PublishedChangeKind.Unpublished), before);
        Assert.Contains((deleted, PublishedChangeKind.Deleted), before);

        Assert.Equal(0, await Compaction(site).RunAsync()); // nothing more to do
    }

    [Fact]
    public async Task Without_a_retention_the_journal_keeps_everything()
    {
        var site = await TestSite.CreateSqliteAsync();
        var id = await site.CreateAsync(DocumentType.NewsArticle, new Dictionary<string, string> { ["en"] = "Kept" }, ["en"]);
        await site.EditAsync(id, v => v.WithCulture("en", v.Culture("en")! with { Title = "Kept, edited" }), ["en"]);
        site.Time.Advance(TimeSpan.FromDays(3650));

        var compaction = new JournalCompaction(site.Contexts, site.Clock, Options.Create(new EditorialOptions { JournalRetention = null }));

        Assert.Equal(0, await compaction.RunAsync());
    }

    [Fact]
    public async Task A_recurring_job_is_claimed_by_one_node_per_interval()
    {
        var site = await TestSite.CreateSqliteAsync();
        var interval = TimeSpan.FromHours(6);
        var a = new RecurringJobClaims(site.Contexts, site.Clock, Options.Create(new EditorialOptions { NodeName = "a" }));
        var b = new RecurringJobClaims(site.Contexts, site.Clock, Options.Create(new EditorialOptions { NodeName = "b" }));

        var first = await Task.WhenAll(a.TryClaimAsync("cleanup", interval), b.TryClaimAsync("cleanup", interval));
        Assert.Single(first, won => won);

        site.Time.Advance(TimeSpan.FromHours(1));
        Assert.False(await b.TryClaimAsync("cleanup", interval));

        site.Time.Advance(TimeSpan.FromHours(5)); // a round later, whoever wakes first
        Assert.True(await b.TryClaimAsync("cleanup", interval));
        Assert.False(await a.TryClaimAsync("cleanup", interval));
        Assert.True(await a.TryClaimAsync("other job", interval));
    }

    private static JournalCompaction Compaction(TestSite site) =>
        new(site.Contexts, site.Clock, Options.Create(new EditorialOptions { JournalRetention = Retention }));

    private static async Task<List<ContentChange>> RowsAsync(TestSite site)
    {
        await using var db = await site.Contexts.CreateDbContextAsync();
        return await db.ContentChanges.AsNoTracking().OrderBy(c => c.Sequence).ToListAsync();
    }

    private static async Task<HashSet<(Guid, PublishedChangeKind)>> SyncFromZeroAsync(PublishedChanges feed)
    {
        var seen = new Dictionary<Guid, PublishedChangeKind>();
        long since = 0;
        while (true)
        {
            var page = (await feed.ReadAsync(since, "en", 2))!;
            foreach (var change in page.Changes)
            {
                seen[change.ItemId] = change.Kind == PublishedChangeKind.Updated ? PublishedChangeKind.Created : change.Kind;
            }

            since = page.Next;
            if (!page.More)
            {
                return [.. seen.Select(s => (s.Key, s.Value))];
            }
        }
    }
}
