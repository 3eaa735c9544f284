using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Media;
using OmbudsmanSite.Core.Routing;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Infrastructure.Identity;
using OmbudsmanSite.Infrastructure.Media;
using OmbudsmanSite.Infrastructure.Persistence;
using OmbudsmanSite.Infrastructure.Tests.Media;
using OmbudsmanSite.Infrastructure.Tests.Support;

namespace OmbudsmanSite.Infrastructure.Tests.Editorial;

/// <summary>The backoffice search and the sidebar's count, on every provider (the search's LIKE is plain SQL on both).</summary>
public abstract class WorkspaceSearchTests
{
    private static readonly ActingUser Administrator = new("test:admin", "Admin") { Rights = EditorialRights.ForRoles([BackofficeRoles.Administrator], []) };
    private static readonly ActingUser Writer = new("test:leyla", "Leyla (writer)") { Rights = EditorialRights.ForRoles([BackofficeRoles.Writer], []) };
    private static readonly ActingUser Editor = new("test:aysel", "Aysel (editor)") { Rights = EditorialRights.ForRoles([BackofficeRoles.Editor], []) };

    protected abstract Task<TestSite> CreateSiteAsync();

    [Fact]
    public async Task Items_are_found_by_title_words_in_any_language_and_state_media_by_name_or_alt_text_and_users_only_by_those_who_manage_them()
    {
        var site = await CreateSiteAsync();
        var published = await site.CreateAsync(DocumentType.Meeting, new Dictionary<string, string> { ["az"] = "Ombudsman Şəkidə görüş keçirib", ["en"] = "Ombudsman meets residents of Sheki" }, publish: ["az"]);
        var draft = await site.CreateAsync(DocumentType.NewsArticle, new Dictionary<string, string> { ["ru"] = "Омбудсмен посетил Шеки" });
        var other = await site.CreateAsync(DocumentType.Report, new Dictionary<string, string> { ["en"] = "Annual report" });
        var photo = await site.Media.UploadAsync(new MediaUpload(MediaContent.FromBytes(TestImages.Jpeg(40, 30)), "IMG_0042.jpg")
        {
            AltText = new LocalizedText([new("az", "Ombudsman Şəki sakinləri ilə"), new("ru", "Омбудсмен с жителями Шеки")]),
        });
        await using (var db = await site.Contexts.CreateDbContextAsync())
        {
            db.Users.Add(new BackofficeUser { Id = "user-1", UserName = "sheki.office@ombudsman.test", Email = "sheki.office@ombudsman.test", DisplayName = "Kamran Əliyev" });
            await db.SaveChangesAsync();
        }

        var search = new WorkspaceSearch(site.Contexts);
        var bySheki = await search.SearchAsync(Administrator, "sheki", 20);
        Assert.Equal([published], bySheki.Items.Select(i => i.Id)); // an English title of an item live only in az
        Assert.Equal([draft], (await search.SearchAsync(Administrator, "шеки", 20)).Items.Select(i => i.Id)); // a Russian draft, any case
        Assert.Equal([photo.Item!.Id], (await search.SearchAsync(Administrator, "Шеки", 20)).Media.Select(m => m.Id)); // by alt text
        Assert.Equal([photo.Item!.Id], (await search.SearchAsync(Administrator, "img_0042", 20)).Media.Select(m => m.Id)); // by name, "_" as typed
        Assert.Empty((await search.SearchAsync(Administrator, "img%", 20)).Media); // "%" matches itself, not everything
        Assert.Equal(["user-1"], bySheki.Users.Select(u => u.Id)); // by e-mail address
        Assert.Empty((await search.SearchAsync(Writer, "sheki", 20)).Users);
        Assert.DoesNotContain(other, bySheki.Items.Select(i => i.Id));
        Assert.True((await search.SearchAsync(Administrator, "  ", 20)).IsEmpty);

        // An old address still finds its item, through its redirect; only under its own type.
        var oldSlug = (await site.Queries.StatesAsync(published))!.Cultures.Single(c => c.Culture == "az").Slug;
        Assert.Equal(OperationStatus.Success, (await site.Editing.ChangeSlugAsync(published, "az", "seki-gorusu", TestSite.Tester)).Status);
        Assert.Equal(published, await search.ItemAtAsync(SiteRoute.ForItem("az", DocumentType.Meeting, oldSlug)));
        Assert.Equal(published, await search.ItemAtAsync(SiteRoute.ForItem("az", DocumentType.Meeting, "seki-gorusu")));
        Assert.Null(await search.ItemAtAsync(SiteRoute.ForItem("az", DocumentType.NewsArticle, "seki-gorusu")));
    }

    [Fact]
    public async Task The_review_count_is_what_a_publisher_may_decide_and_nothing_for_a_writer()
    {
        var site = await CreateSiteAsync();
        var id = await site.CreateAsync(DocumentType.NewsArticle, new Dictionary<string, string> { ["az"] = "Xəbər" });
        var counts = new WorkspaceCounts(site.Contexts);
        Assert.Equal(0, await counts.AwaitingReviewAsync(Editor));

        Assert.True((await site.Reviews.SubmitAsync(id, ["az"], null, Writer)).Succeeded);

        Assert.Equal(1, await counts.AwaitingReviewAsync(Editor));
        Assert.Equal(0, await counts.AwaitingReviewAsync(Writer));
        Assert.Equal(OperationStatus.Success, (await site.Editing.DeleteAsync(id, Editor)).Status);
        Assert.Equal(0, await counts.AwaitingReviewAsync(Editor)); // an item in the recycle bin waits for no one
    }
}

public sealed class SqliteWorkspaceSearchTests : WorkspaceSearchTests
{
    protected override Task<TestSite> CreateSiteAsync() => TestSite.CreateSqliteAsync();
}

[Collection(PostgreSqlTestGroup.Name)]
public sealed class PostgreSqlWorkspaceSearchTests(PostgreSqlCluster cluster) : WorkspaceSearchTests
{
    protected override async Task<TestSite> CreateSiteAsync() =>
        await TestSite.CreateAsync(DatabaseProvider.PostgreSql, await cluster.CreateDatabaseAsync());
}
