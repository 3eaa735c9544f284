using Bunit;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Web.Components.Backoffice.Editor;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Components.Backoffice;

/// <summary>The editor counts a language's body as the writer types it: words, characters and reading time.</summary>
public sealed class TextCountsTests(SiteFactory site) : EditorContext(site), IClassFixture<SiteFactory>
{
    [Fact]
    public async Task The_counts_follow_the_body_as_it_changes_in_each_language()
    {
        SignIn("editor-c", "Editor C", [BackofficeRoles.Editor]);
        var id = await NewMeetingAsync(("az", "Sayılan görüş"));
        var editor = Render<ContentEditor>(p => p.Add(e => e.Id, id));
        var counts = editor.WaitForElement("[id='az.body-counts']");
        Assert.Equal("Words: 0 · Characters: 0 · Reading time: 0 min", counts.TextContent); // no body yet

        var body = editor.FindComponent<RichTextEditor>();
        await editor.InvokeAsync(() => body.Instance.BodyChanged(1, "<p>İnsan hüquqları müdafiəçisi O'Brien ilə görüş</p><p>İkinci <strong>abzas</strong>.</p>"));

        editor.WaitForAssertion(() => Assert.Equal("Words: 8 · Characters: 59 · Reading time: 1 min", editor.Find("[id='az.body-counts']").TextContent));
        Assert.Equal("az", editor.Find("[id='az.title']").GetAttribute("lang"));
        Assert.Equal("true", editor.Find("[id='az.title']").GetAttribute("spellcheck"));
        Assert.Equal("true", editor.Find("[id='az.summary']").GetAttribute("spellcheck"));
    }
}
