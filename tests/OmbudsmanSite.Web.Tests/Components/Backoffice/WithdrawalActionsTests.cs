using Bunit;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Web.Components.Backoffice.Editor;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Components.Backoffice;

/// <summary>The editor's withdrawal: an explanation per live language, each missing one tied to its field; then the notice, and undoing it.</summary>
public sealed class WithdrawalActionsTests(SiteFactory site) : EditorContext(site), IClassFixture<SiteFactory>
{
    [Fact]
    public async Task An_editor_withdraws_a_published_item_with_an_explanation_in_each_live_language_and_undoes_it()
    {
        SignIn("editor-w", "Leyla", [BackofficeRoles.Editor]);
        var id = await NewMeetingAsync(("az", "Köhnə görüş"), ("en", "An old meeting"));
        Assert.True((await Site.Services.GetRequiredService<OmbudsmanSite.Infrastructure.Editorial.ContentPublishingService>().PublishAsync(id, ["az", "en"], SiteFactory.Editor)).Succeeded);
        var editor = Render<ContentEditor>(p => p.Add(e => e.Id, id));
        editor.WaitForElement(".editor-withdrawal summary");
        Assert.Equal(["az.withdrawal", "en.withdrawal"], editor.FindAll(".editor-withdrawal textarea").Select(t => t.Id));

        editor.Find("[id='en.withdrawal']").Change("The meeting was moved to 2027.");
        await editor.Find(".editor-withdrawal button.danger").ClickAsync(new());
        editor.WaitForAssertion(() => Assert.Contains("Explain the withdrawal in this language", editor.Find("[id='az.withdrawal-error']").TextContent, StringComparison.Ordinal));
        Assert.Null((await Site.Services.GetRequiredService<IPublishedContent>().FindAsync(id))!.Withdrawal);

        editor.Find("[id='az.withdrawal']").Change("Görüş 2027-ci ilə keçirilib.");
        await editor.Find(".editor-withdrawal button.danger").ClickAsync(new());
        editor.WaitForAssertion(() => Assert.Contains("Withdrawn: the page now shows the notice.", editor.Find(".editor-withdrawal .editor-status").TextContent, StringComparison.Ordinal));
        editor.WaitForAssertion(() => Assert.Contains("The meeting was moved to 2027.", editor.Find(".editor-withdrawal .notice").TextContent, StringComparison.Ordinal));
        Assert.Equal("The meeting was moved to 2027.", (await Site.Services.GetRequiredService<IPublishedContent>().FindAsync(id))!.Withdrawal!.Explanation["en"]);

        await editor.FindAll(".editor-withdrawal button").Single(b => b.TextContent == "Undo the withdrawal").ClickAsync(new());
        editor.WaitForAssertion(() => Assert.Contains("The withdrawal was undone", editor.Find(".editor-withdrawal .editor-status").TextContent, StringComparison.Ordinal));
        Assert.Null((await Site.Services.GetRequiredService<IPublishedContent>().FindAsync(id))!.Withdrawal);
    }
}
