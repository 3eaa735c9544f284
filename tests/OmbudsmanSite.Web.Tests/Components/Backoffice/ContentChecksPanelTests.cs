using Bunit;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Web.Components.Backoffice.Editor;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Components.Backoffice;

/// <summary>The editor's Checks panel follows the text as the writer types it, language by language.</summary>
public sealed class ContentChecksPanelTests(SiteFactory site) : EditorContext(site), IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Findings_and_reading_ease_follow_the_body_and_link_to_their_field()
    {
        SignIn("editor-checks", "Editor Checks", [BackofficeRoles.Editor]);
        var id = await NewMeetingAsync(("az", "Yoxlanılan görüş"));
        var editor = Render<ContentEditor>(p => p.Add(e => e.Id, id));
        var panel = editor.WaitForElement("#content-checks");

        // A title alone: no summary yet, and no body to score.
        var summary = Assert.Single(panel.QuerySelectorAll(".check-findings li"));
        Assert.Equal("SummaryMissing", summary.GetAttribute("data-check"));
        Assert.Equal("#az.summary", summary.QuerySelector("a")!.GetAttribute("href"));
        Assert.Empty(panel.QuerySelectorAll(".readability"));

        var body = editor.FindComponent<RichTextEditor>();
        await editor.InvokeAsync(() => body.Instance.BodyChanged(1,
            "<h4>Nəticələr</h4><p>Ombudsman həbsxanaya baş çəkdi. O, məhbuslarla hüquqları barədə danışdı. Heç kimə imtina edilmədi. <a href=\"https://ombudsman.az/az/hesabat\">Bura klikləyin</a>.</p>"));

        editor.WaitForAssertion(
            () =>
            {
                var checks = editor.FindAll("#content-checks .check-findings li").Select(li => li.GetAttribute("data-check")).ToList();
                Assert.Equal(["SummaryMissing", "HeadingSkipsLevel", "LinkTextSaysNothing"], checks);
            },
            TimeSpan.FromSeconds(10));
        var findings = editor.FindAll("#content-checks .check-findings li");
        Assert.Equal("Warning: A heading skips a level: h4 after h1.", findings[1].TextContent.Trim());
        Assert.Equal("Warning: The link text “Bura klikləyin” says nothing of where it leads.", findings[2].TextContent.Trim());
        Assert.Equal("#az.body", findings[2].QuerySelector("a")!.GetAttribute("href"));

        // Nəticələr* | Ombudsman* həbsxanaya* baş çəkdi | O məhbuslarla* hüquqları* barədə danışdı* | Heç kimə imtina
        // edilmədi* | Bura klikləyin*: 16 words, 5 sentences, 8 longer than six letters: 16/5 + 100 × 8/16 = 53.2.
        var reading = editor.Find("#content-checks .readability");
        Assert.Contains("readability-easy", reading.ClassName, StringComparison.Ordinal);
        Assert.Equal("LIX 53.2: easy to read. Words: 16; sentences: 5; 3.2 words a sentence on average.", reading.TextContent.Trim());
    }
}
