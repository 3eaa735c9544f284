using Bunit;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Web.Components.Backoffice.Editor;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Components.Backoffice;

/// <summary>The publish dialog's "significant change": a note per live language chosen, which readers then see.</summary>
public sealed class ChangeNoteDialogTests(SiteFactory site) : EditorContext(site), IClassFixture<SiteFactory>
{
    [Fact]
    public async Task A_significant_republish_takes_a_note_for_each_live_language_and_a_first_publish_offers_none()
    {
        SignIn("editor-n", "Nərmin", [BackofficeRoles.Editor]);
        var id = await NewMeetingAsync(("az", "Məlumat"), ("en", "Briefing"));
        Assert.True((await Site.Services.GetRequiredService<ContentPublishingService>().PublishAsync(id, ["en"], SiteFactory.Editor)).Succeeded);
        var editor = Render<ContentEditor>(p => p.Add(e => e.Id, id));
        editor.WaitForElement("[id='az.title']");

        editor.FindAll(".editor-publishing .row-actions button").Single(b => b.TextContent == "Publish…").Click();
        editor.Find("#dialog-en").Change(true);
        editor.WaitForElement("#significant-change"); // English is live: its republish may be significant
        editor.Find("#significant-change").Change(true);
        Assert.Equal(["en.change-note"], editor.FindAll("dialog textarea[id$='change-note']").Select(t => t.Id)); // Azerbaijani goes live for the first time
        editor.Find("[id='en.change-note']").Change("The agenda was added.");
        await editor.FindAll("dialog .row-actions button")[0].ClickAsync(new());

        editor.WaitForAssertion(() => Assert.Contains("Published:", editor.Find(".editor-publishing .editor-status").TextContent, StringComparison.Ordinal));
        var content = Site.Services.GetRequiredService<IPublishedContent>();
        Assert.NotNull((await content.FindAsync(id))!.GetVariant("en")!.PublicUpdatedUtc);
        Assert.Equal(["The agenda was added."], (await content.ChangeNotesAsync(id, "en")).Select(n => n.Note));
    }
}
