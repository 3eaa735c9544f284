using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Taxonomy;
using OmbudsmanSite.Infrastructure.Persistence;
using OmbudsmanSite.Infrastructure.Tests.Support;

namespace OmbudsmanSite.Infrastructure.Tests.Persistence;

/// <summary>
/// Persistence behaviour that must hold on every provider. <see cref="SqliteContentStoreTests"/> and
/// <see cref="PostgreSqlContentStoreTests"/> run the same tests against a real database each.
/// </summary>
public abstract class ContentStoreTests
{
    protected abstract Task<TestSite> CreateSiteAsync();

    [Fact]
    public async Task Round_trips_an_item_with_variants_meeting_participants_and_taxonomy()
    {
        var site = await CreateSiteAsync();
        var now = site.Clock.UtcNow;
        var person = new TaxonomyItem { Id = Guid.NewGuid(), Kind = TaxonomyKind.Person, Alias = "sabina-aliyeva", Names = new([new("az", "Səbinə Əliyeva"), new("ru", "Сабина Алиева")]) };
        var topic = new TaxonomyItem { Id = Guid.NewGuid(), Kind = TaxonomyKind.Topic, Alias = "gender-equality", Names = new([new("en", "Gender equality")]) };
        var item = new ContentItem(Guid.NewGuid(), DocumentType.Meeting, now) { DateUtc = new DateTime(2024, 7, 11, 11, 25, 0, DateTimeKind.Utc), LegacyViewCount = 368 };
        item.Meeting!.Format = MeetingFormat.Videoconference;
        item.Meeting.Location = new([new("az", "Bakı"), new("en", "Baku")]);
        var az = item.AddVariant("az", "Görüş", now);
        az.TrySetSlug("gorus", now);
        az.BodyHtml = "<p>Əliyeva</p>";
        item.AddVariant("ru", "Встреча", now).TrySetSlug("vstrecha", now);
        item.Publish("az", now);
        item.SetParticipants([new MeetingParticipant { PersonId = person.Id, Role = new([new("en", "Ombudsman")]) }]);
        item.SetTaxonomy([topic.Id]);
        await using (var db = await site.Contexts.CreateDbContextAsync())
        {
            db.TaxonomyItems.AddRange(person, topic);
            db.ContentItems.Add(item);
            await db.SaveChangesAsync();
        }

        await using var reader = await site.Contexts.CreateDbContextAsync();
        var loaded = await reader.ContentItems.Include(c => c.Variants).Include(c => c.Participants).Include(c => c.Taxonomy).SingleAsync(c => c.Id == item.Id);

        Assert.Equal(DocumentType.Meeting, loaded.Type);
        Assert.Equal(item.DateUtc, loaded.DateUtc);
        Assert.Equal(DateTimeKind.Utc, loaded.DateUtc!.Value.Kind);
        Assert.Equal(368, loaded.LegacyViewCount);
        Assert.Equal(MeetingFormat.Videoconference, loaded.Meeting!.Format);
        Assert.Equal("Bakı", loaded.Meeting.Location["az"]);
        Assert.True(loaded.IsPublishedIn("az"));
        Assert.False(loaded.IsPublishedIn("ru"));
        Assert.Equal("<p>Əliyeva</p>", loaded.GetVariant("az")!.BodyHtml);
        Assert.Equal(person.Id, Assert.Single(loaded.Participants).PersonId);
        Assert.Equal("Ombudsman", loaded.Participants[0].Role["en"]);
        Assert.Equal(topic.Id, Assert.Single(loaded.Taxonomy).TaxonomyItemId);
        var names = await reader.TaxonomyItems.SingleAsync(t => t.Id == person.Id);
        Assert.Equal("Сабина Алиева", names.Names["ru"]);
    }

    [Fact]
    public async Task Slugs_are_unique_within_a_culture_and_section()
    {
        var site = await CreateSiteAsync();
        var now = site.Clock.UtcNow;
        await using (var db = await site.Contexts.CreateDbContextAsync())
        {
            db.ContentItems.Add(ItemWithSlug(DocumentType.Meeting, "en", "same", now));
            db.ContentItems.Add(ItemWithSlug(DocumentType.Meeting, "ru", "same", now));
            db.ContentItems.Add(ItemWithSlug(DocumentType.NewsArticle, "en", "same", now));
            await db.SaveChangesAsync();
        }

        await using var clash = await site.Contexts.CreateDbContextAsync();
        clash.ContentItems.Add(ItemWithSlug(DocumentType.Meeting, "en", "same", now));

        await Assert.ThrowsAsync<DbUpdateException>(() => clash.SaveChangesAsync());
    }

    [Fact]
    public async Task Published_content_lists_only_published_variants_newest_first_with_paging()
    {
        var site = await CreateSiteAsync();
        var now = site.Clock.UtcNow;
        await using (var db = await site.Contexts.CreateDbContextAsync())
        {
            for (var day = 1; day <= 5; day++)
            {
                var item = ItemWithSlug(DocumentType.NewsArticle, "en", $"news-{day}", now);
                item.DateUtc = new DateTime(2024, 1, day, 8, 0, 0, DateTimeKind.Utc);
                if (day != 3)
                {
                    item.Publish("en", now);
                }

                db.ContentItems.Add(item);
            }

            var undated = ItemWithSlug(DocumentType.NewsArticle, "en", "undated", now.AddYears(-5));
            undated.Publish("en", now);
            db.ContentItems.Add(undated);
            await db.SaveChangesAsync();
        }

        var first = await site.Published.ListAsync(DocumentType.NewsArticle, "en", ContentFilter.None, page: 1, pageSize: 2);
        var last = await site.Published.ListAsync(DocumentType.NewsArticle, "en", ContentFilter.None, page: 3, pageSize: 2);

        Assert.Equal(5, first.TotalCount);
        Assert.Equal(3, first.PageCount);
        Assert.Equal(["news-5", "news-4"], first.Items.Select(i => i.GetVariant("en")!.Slug));
        Assert.Equal(["undated"], last.Items.Select(i => i.GetVariant("en")!.Slug));
        Assert.Empty((await site.Published.ListAsync(DocumentType.NewsArticle, "az", ContentFilter.None, 1, 10)).Items);
        Assert.Null(await site.Published.FindBySlugAsync(DocumentType.NewsArticle, "en", "news-3"));
        Assert.NotNull(await site.Published.FindBySlugAsync(DocumentType.NewsArticle, "en", "NEWS-4"));
        Assert.Null(await site.Published.FindBySlugAsync(DocumentType.Meeting, "en", "news-4"));
    }

    [Fact]
    public async Task USync_import_creates_the_seed_meetings_and_a_second_import_changes_nothing()
    {
        var site = await CreateSiteAsync();

        var first = await site.USyncImporter.ImportAsync();
        site.Time.Advance(TimeSpan.FromHours(1));
        var second = await site.USyncImporter.ImportAsync();

        Assert.Empty(first.Failed);
        Assert.False(second.ChangedAnything);
        Assert.Equal(first.Created.Count, second.Unchanged);
        await using var db = await site.Contexts.CreateDbContextAsync();
        var meetings = await db.ContentItems.Include(c => c.Variants).Include(c => c.Participants).Where(c => c.Type == DocumentType.Meeting).ToListAsync();
        Assert.Equal(5, meetings.Count);
        Assert.All(meetings, m => Assert.Equal(["az", "en", "ru"], m.PublishedCultures.Order()));
        Assert.All(meetings, m => Assert.NotEmpty(m.Participants));
        Assert.All(meetings, m => Assert.True(m.UpdatedUtc < site.Clock.UtcNow, "a second import must not touch items"));
        Assert.Equal(5, await db.DocumentTypes.CountAsync());
    }

    private static ContentItem ItemWithSlug(DocumentType type, string culture, string slug, DateTime now)
    {
        var item = new ContentItem(Guid.NewGuid(), type, now);
        item.AddVariant(culture, slug, now).TrySetSlug(slug, now);
        return item;
    }
}

public sealed class SqliteContentStoreTests : ContentStoreTests
{
    protected override Task<TestSite> CreateSiteAsync() => TestSite.CreateSqliteAsync();
}

[Collection(PostgreSqlTestGroup.Name)]
public sealed class PostgreSqlContentStoreTests(PostgreSqlCluster cluster) : ContentStoreTests
{
    protected override async Task<TestSite> CreateSiteAsync() =>
        await TestSite.CreateAsync(DatabaseProvider.PostgreSql, await cluster.CreateDatabaseAsync());
}
