using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
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
        var person = new TaxonomyItem { Id = Guid.NewGuid(), Kind = TaxonomyKind.Person, Alias = "sabina-aliyeva", Names = new([new("az", "Səbinə Əliyeva"), new("ru", "Сабина Алиева")]) };
        var topic = new TaxonomyItem { Id = Guid.NewGuid(), Kind = TaxonomyKind.Topic, Alias = "gender-equality", Names = new([new("en", "Gender equality")]) };
        await using (var db = await site.Contexts.CreateDbContextAsync())
        {
            db.TaxonomyItems.AddRange(person, topic);
            await db.SaveChangesAsync();
        }

        var date = new DateTime(2024, 7, 11, 11, 25, 0, DateTimeKind.Utc);
        var created = await site.Editing.CreateAsync(
            new CreateContentRequest
            {
                Type = DocumentType.Meeting,
                LegacyViewCount = 368,
                LegacyId = "legacy-1",
                Slugs = new Dictionary<string, string> { ["az"] = "gorus" },
                Values = new ContentValues
                {
                    DateUtc = date,
                    Taxonomy = [topic.Id],
                    Meeting = new MeetingValues
                    {
                        Format = MeetingFormat.Videoconference,
                        Location = new([new("az", "Bakı"), new("en", "Baku")]),
                        Participants = [new ParticipantValues { PersonId = person.Id, Role = new([new("en", "Ombudsman")]) }],
                    },
                    Cultures = new Dictionary<string, CultureValues>
                    {
                        ["az"] = new() { Title = "Görüş", BodyHtml = "<p>Əliyeva</p>" },
                        ["ru"] = new() { Title = "Встреча" },
                    },
                },
            },
            TestSite.Tester);
        var id = created.DocumentId!.Value;
        await site.Publishing.PublishAsync(id, ["az"], TestSite.Tester);

        var loaded = await site.Published.FindBySlugAsync(DocumentType.Meeting, "az", "gorus");
        Assert.NotNull(loaded);
        Assert.Equal(date, loaded.DateUtc);
        Assert.Equal(DateTimeKind.Utc, loaded.DateUtc!.Value.Kind);
        Assert.Equal(MeetingFormat.Videoconference, loaded.Meeting!.Format);
        Assert.Equal("Bakı", loaded.Meeting.Location["az"]);
        Assert.Equal(["az"], loaded.Variants.Select(v => v.Culture));
        Assert.Equal("<p>Əliyeva</p>", loaded.GetVariant("az")!.BodyHtml);
        Assert.Equal(person.Id, Assert.Single(loaded.Participants).PersonId);
        Assert.Equal("Ombudsman", loaded.Participants[0].Role["en"]);
        Assert.Equal(topic.Id, Assert.Single(loaded.TaxonomyIds));
        Assert.Null(await site.Published.FindBySlugAsync(DocumentType.Meeting, "ru", "vstreca"));
        var document = await site.Queries.DocumentAsync(id);
        Assert.Equal(368, document!.LegacyViewCount);
        Assert.Equal("legacy-1", document.LegacyId);
        await using var reader = await site.Contexts.CreateDbContextAsync();
        var names = await reader.TaxonomyItems.SingleAsync(t => t.Id == person.Id);
        Assert.Equal("Сабина Алиева", names.Names["ru"]);
    }

    [Fact]
    public async Task Slugs_are_unique_within_a_culture_and_section()
    {
        var site = await CreateSiteAsync();
        var first = await site.CreateAsync(DocumentType.Meeting, new Dictionary<string, string> { ["en"] = "Same", ["ru"] = "Same" });
        var second = await site.CreateAsync(DocumentType.Meeting, new Dictionary<string, string> { ["en"] = "Same" });
        var news = await site.CreateAsync(DocumentType.NewsArticle, new Dictionary<string, string> { ["en"] = "Same" });
        var clash = await site.Editing.CreateAsync(
            new CreateContentRequest
            {
                Type = DocumentType.Meeting,
                Slugs = new Dictionary<string, string> { ["en"] = "same" },
                Values = new ContentValues { Cultures = new Dictionary<string, CultureValues> { ["en"] = new() { Title = "Other" } } },
            },
            TestSite.Tester);

        Assert.Equal("same", (await site.Queries.StatesAsync(first))!.Cultures.Single(c => c.Culture == "en").Slug);
        Assert.Equal("same", (await site.Queries.StatesAsync(first))!.Cultures.Single(c => c.Culture == "ru").Slug);
        Assert.Equal("same-2", (await site.Queries.StatesAsync(second))!.Cultures.Single().Slug);
        Assert.Equal("same", (await site.Queries.StatesAsync(news))!.Cultures.Single().Slug);
        Assert.Equal(OperationStatus.Invalid, clash.Status);
        Assert.Equal("en.slug", Assert.Single(clash.Errors).Field);
    }

    [Fact]
    public async Task Published_content_lists_only_published_variants_newest_first_with_paging()
    {
        var site = await CreateSiteAsync();
        site.Time.Rewind(TimeSpan.FromDays(5 * 365));
        await site.CreateAsync(DocumentType.NewsArticle, new Dictionary<string, string> { ["en"] = "Undated" }, ["en"]);
        site.Time.Return();
        for (var day = 1; day <= 5; day++)
        {
            var date = new DateTime(2024, 1, day, 8, 0, 0, DateTimeKind.Utc);
            await site.CreateAsync(DocumentType.NewsArticle, new Dictionary<string, string> { ["en"] = $"News {day}" }, day == 3 ? null : ["en"], values => values with { DateUtc = date });
        }

        var first = await site.Published.ListAsync(DocumentType.NewsArticle, "en", ContentFilter.None, page: 1, pageSize: 2);
        var last = await site.Published.ListAsync(DocumentType.NewsArticle, "en", ContentFilter.None, page: 3, pageSize: 2);

        Assert.Equal(5, first.TotalCount);
        Assert.Equal(3, first.PageCount);
        Assert.Equal(["news-5", "news-4"], first.Items.Select(i => i.GetVariant("en")!.Slug));
        Assert.Equal(["undated"], last.Items.Select(i => i.GetVariant("en")!.Slug));

        // The page after a cursor is the page after by offset; the last page has no cursor after it.
        var second = await site.Published.ListAsync(DocumentType.NewsArticle, "en", ContentFilter.None, page: 2, pageSize: 2);
        var secondBySeek = await site.Published.ListAsync(DocumentType.NewsArticle, "en", ContentFilter.None, page: 2, pageSize: 2, after: first.Next);
        var lastBySeek = await site.Published.ListAsync(DocumentType.NewsArticle, "en", ContentFilter.None, page: 3, pageSize: 2, after: secondBySeek.Next);
        Assert.Equal(["news-2", "news-1"], secondBySeek.Items.Select(i => i.GetVariant("en")!.Slug));
        Assert.Equal(second.Items.Select(i => i.Id), secondBySeek.Items.Select(i => i.Id));
        Assert.Equal(last.Items.Select(i => i.Id), lastBySeek.Items.Select(i => i.Id));
        Assert.Equal(5, lastBySeek.TotalCount);
        Assert.Null(lastBySeek.Next);
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
        foreach (var culture in new[] { "az", "en", "ru" })
        {
            var meetings = await site.Published.ListAsync(DocumentType.Meeting, culture, ContentFilter.None, 1, 50);
            Assert.Equal(5, meetings.TotalCount);
            foreach (var meeting in meetings.Items)
            {
                Assert.NotEmpty((await site.Published.FindBySlugAsync(DocumentType.Meeting, culture, meeting.GetVariant(culture)!.Slug))!.Participants);
            }
        }

        var states = await site.Queries.ListAsync(DocumentType.Meeting, 1, 50);
        Assert.All(states.Items, m => Assert.True(m.UpdatedUtc < site.Clock.UtcNow, "a second import must not touch items"));
        Assert.All(states.Items, m => Assert.All(m.Cultures, c => Assert.Equal(CultureState.Published, c.State)));
        await using var db = await site.Contexts.CreateDbContextAsync();
        Assert.Equal(5, await db.DocumentTypes.CountAsync());
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
