using System.Reflection;
using System.Xml.Linq;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Core.Routing;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Web.Backoffice;
using OmbudsmanSite.Web.Components.Backoffice.Workspace;

namespace OmbudsmanSite.Web.Tests.Backoffice.Workspace;

public sealed class WorkspaceNavigationTests
{
    private static ActingUser As(string role, params string[] cultures) => new("u", "U") { Rights = EditorialRights.ForRoles([role], cultures) };

    private static List<string> Sections(ActingUser user, int waiting = 0) =>
        [.. WorkspaceNavigation.For(user, waiting).SelectMany(g => g.Links).Select(l => l.TextKey)];

    [Fact]
    public void Each_role_sees_the_sections_it_may_use()
    {
        var administrator = Sections(As(BackofficeRoles.Administrator));
        Assert.Contains("Users", administrator);
        Assert.Contains("Audit", administrator);
        Assert.Contains("RedirectsTitle", administrator);

        var editor = Sections(As(BackofficeRoles.Editor));
        Assert.Contains("RecycleBin", editor);
        Assert.DoesNotContain("Users", editor);
        Assert.DoesNotContain("Audit", editor);

        var writer = Sections(As(BackofficeRoles.Writer));
        Assert.Contains("ContentList_meeting", writer);
        Assert.Contains("ReviewTitle", writer);
        Assert.DoesNotContain("RecycleBin", writer);
        Assert.DoesNotContain("RedirectsTitle", writer);
        Assert.DoesNotContain(WorkspaceNavigation.For(As(BackofficeRoles.Writer), 0), g => g.TitleKey == "NavGroupSite"); // no empty heading
    }

    [Fact]
    public void The_review_section_carries_its_count_and_a_page_marks_its_own_section_only()
    {
        var review = WorkspaceNavigation.For(As(BackofficeRoles.Editor), 3).SelectMany(g => g.Links).Single(l => l.Href == BackofficeAddresses.Review);
        Assert.Equal(3, review.Count);
        Assert.True(WorkspaceNavigation.IsCurrent(BackofficeAddresses.Review, "/backoffice/review/12"));
        Assert.True(WorkspaceNavigation.IsCurrent(BackofficeAddresses.Root, "/backoffice/"));
        Assert.False(WorkspaceNavigation.IsCurrent(BackofficeAddresses.Root, "/backoffice/media"));
        Assert.False(WorkspaceNavigation.IsCurrent($"{BackofficeAddresses.Content}/news", "/backoffice/content/newsletter"));
    }

    [Fact]
    public void Every_icon_the_code_names_is_in_the_built_sprite()
    {
        var sprite = XDocument.Load(Path.Combine(TestEnvironment.RepositoryRoot(), "wwwroot", Icons.Sprite));
        var symbols = sprite.Descendants().Where(e => e.Name.LocalName == "symbol").Select(e => (string?)e.Attribute("id")).ToHashSet();
        var named = typeof(Icons).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.Name != nameof(Icons.Sprite)).Select(f => (string)f.GetValue(null)!).ToList();
        Assert.NotEmpty(named);
        Assert.All(named, name => Assert.Contains(name, symbols));
    }

    [Theory]
    [InlineData("https://ombudsman.az/en/meetings/some-meeting?x=1#top", "/en/meetings/some-meeting")]
    [InlineData("/az/x%C9%99b%C9%99rl%C9%99r/slug/", "/az/xəbərlər/slug")]
    [InlineData("http://localhost:5000/backoffice/content/5b0f3c1e-7d2a-4e61-9a0b-3f1c2d4e5a02/history", "/backoffice/content/5b0f3c1e-7d2a-4e61-9a0b-3f1c2d4e5a02/history")]
    [InlineData("Sabina Ymeri", null)]
    [InlineData("//evil.example/path", null)]
    [InlineData("javascript:alert(1)", null)]
    public void A_pasted_address_is_read_as_its_path(string text, string? path) => Assert.Equal(path, PastedAddress.PathOf(text));

    [Fact]
    public void A_path_names_an_editor_item_or_a_public_item_by_culture_and_slug()
    {
        var id = Guid.NewGuid();
        Assert.Equal(id, PastedAddress.EditorItemOf($"/backoffice/content/{id:D}/history"));
        Assert.Null(PastedAddress.EditorItemOf("/backoffice/content/meeting"));
        var english = new CultureDefinition { Code = "en", Sections = new SectionSegments { News = "news", Meetings = "meetings", Reports = "reports" } };
        var cultures = new SiteCultures([new CultureDefinition { Code = "az", IsDefault = true }, english]);
        var router = new SiteRouter(cultures);
        Assert.Equal(SiteRoute.ForItem("en", DocumentType.Meeting, "some-meeting"), router.Parse("/en/meetings/some-meeting"));
        Assert.Null(router.Parse("/fr/meetings/x"));
    }
}
