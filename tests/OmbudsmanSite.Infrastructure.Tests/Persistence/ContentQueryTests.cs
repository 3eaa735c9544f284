using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Infrastructure.Persistence;
using OmbudsmanSite.Infrastructure.Tests.Support;

namespace OmbudsmanSite.Infrastructure.Tests.Persistence;

/// <summary>The API's slices of published items on every provider: a cursor continues the order exactly, ties on the sort key included.</summary>
public abstract class ContentQueryTests
{
    protected abstract Task<TestSite> CreateSiteAsync();

    [Fact]
    public async Task Cursors_walk_every_item_once_in_date_and_title_order_ties_broken_by_id()
    {
        var site = await CreateSiteAsync();
        var sameDay = new DateTime(2024, 5, 1, 8, 0, 0, DateTimeKind.Utc);
        foreach (var (title, day) in new[] { ("Delta", sameDay), ("Alpha", sameDay), ("Echo", sameDay.AddDays(1)), ("Bravo", sameDay), ("Charlie", sameDay.AddDays(-1)), ("Alpha", sameDay.AddDays(2)) })
        {
            await site.CreateAsync(DocumentType.NewsArticle, new Dictionary<string, string> { ["en"] = title }, ["en"], v => v with { DateUtc = day });
        }

        foreach (var sort in new[] { ContentSort.DateDescending, ContentSort.TitleAscending })
        {
            var whole = await site.Published.QueryAsync(new ContentQuery { Culture = "en", Sort = sort, Take = 100 });
            Assert.Equal(6, whole.Total);
            Assert.Null(whole.Next);
            var walked = new List<Guid>();
            ContentCursor? after = null;
            do
            {
                var slice = await site.Published.QueryAsync(new ContentQuery { Culture = "en", Sort = sort, Take = 2, After = after });
                walked.AddRange(slice.Items.Select(i => i.Id));
                after = slice.Next is { } next ? ContentCursor.Parse(next.ToToken()) : null;
            }
            while (after is not null);

            Assert.Equal(whole.Items.Select(i => i.Id), walked);
        }

        var titles = (await site.Published.QueryAsync(new ContentQuery { Culture = "en", Sort = ContentSort.TitleAscending, Take = 100 })).Items.Select(i => i.GetVariant("en")!.Title);
        Assert.Equal(["Alpha", "Alpha", "Bravo", "Charlie", "Delta", "Echo"], titles);
        var dates = (await site.Published.QueryAsync(new ContentQuery { Culture = "en", Take = 100 })).Items.Select(i => i.DateUtc).ToList();
        Assert.Equal(dates.OrderDescending(), dates);
    }
}

public sealed class SqliteContentQueryTests : ContentQueryTests
{
    protected override Task<TestSite> CreateSiteAsync() => TestSite.CreateSqliteAsync();
}

[Collection(PostgreSqlTestGroup.Name)]
public sealed class PostgreSqlContentQueryTests(PostgreSqlCluster cluster) : ContentQueryTests
{
    protected override async Task<TestSite> CreateSiteAsync() =>
        await TestSite.CreateAsync(DatabaseProvider.PostgreSql, await cluster.CreateDatabaseAsync());
}
