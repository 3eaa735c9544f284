using Bunit;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Web.Components.Backoffice.Editor;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Components.Backoffice;

/// <summary>
/// A session that ends under an open editor (the circuit's session check signs it out) ends the editor:
/// it says so, saves nothing, keeps what was typed apart, and that text later meets newer edits as a
/// conflict, never overwriting them (Umbraco #23743).
/// </summary>
public sealed class SessionEndTests(SiteFactory site) : EditorContext(site), IClassFixture<SiteFactory>
{
    [Fact]
    public async Task After_the_session_ends_nothing_is_saved_and_the_kept_text_later_meets_newer_edits_as_a_conflict()
    {
        var user = SignIn("writer-s", "Writer Session", [BackofficeRoles.Writer]);
        var id = await NewMeetingAsync(("az", "Başlıq"));
        var editor = Render<ContentEditor>(p => p.Add(e => e.Id, id));
        editor.WaitForElement("[id='az.title']");
        editor.Find("[id='az.title']").Input("Sessiya bitəndə yazılan başlıq");

        Authorization!.SetNotAuthorized();

        editor.WaitForAssertion(() => Assert.NotEmpty(editor.FindAll(".session-ended")));
        Assert.Equal("alert", editor.Find(".session-ended").GetAttribute("role"));
        Assert.Empty(editor.FindAll("form.editor")); // nothing more can be typed or sent
        Assert.Empty(editor.FindAll(".editor-publishing"));
        var queries = Site.Services.GetRequiredService<ContentQueries>();
        Assert.Equal(1, (await queries.DocumentAsync(id))!.HeadVersion);
        var kept = await Site.Services.GetRequiredService<AutosaveStore>().FindAsync(user, id);
        Assert.Equal(("Sessiya bitəndə yazılan başlıq", 1), (kept!.Values.Culture("az")!.Title, kept.BaseVersion));

        // Meanwhile someone saves; she signs in again and opens the item: it shows what is stored now.
        await Site.EditItemAsync(id, v => v.WithCulture("az", new CultureValues { Title = "Başqasının başlığı" }));
        await DisposeComponentsAsync();
        SignIn("writer-s", "Writer Session", [BackofficeRoles.Writer]);
        var reopened = Render<ContentEditor>(p => p.Add(e => e.Id, id));
        reopened.WaitForElement("[id='az.title']");
        Assert.Equal("Başqasının başlığı", reopened.Find("[id='az.title']").GetAttribute("value"));
        Assert.Contains("version 1", reopened.Find(".autosave").TextContent, StringComparison.Ordinal);

        // Taking her text back and saving is a conflict with the newer version, not an overwrite.
        reopened.Find(".autosave button").Click();
        await reopened.Find("form.editor").SubmitAsync();
        reopened.WaitForAssertion(() => Assert.NotEmpty(reopened.FindAll(".conflict")));
        Assert.Equal("Başqasının başlığı", (await queries.ValuesAsync(id))!.Culture("az")!.Title);
    }
}
