using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Web.Components.Backoffice.Editor;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Components.Backoffice;

/// <summary>The link button's "item of this site": found by title in any language; a link to an item readers cannot reach is a warning under the body.</summary>
public sealed class LinkPickerTests(SiteFactory site) : EditorContext(site), IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Items_are_found_by_title_in_any_language_and_a_link_to_one_not_live_is_a_warning()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB"); // the user reads English: titles are picked in it
        SignIn("editor-l", "Editor L", [BackofficeRoles.Editor]);
        var target = await NewMeetingAsync(("az", "Qəbul günü Lənkəranda"), ("en", "Reception day in Lankaran"));
        var id = await NewMeetingAsync(("az", "Keçidli görüş"));
        var editor = Render<ContentEditor>(p => p.Add(e => e.Id, id));
        editor.WaitForElement("[id='az.body-counts']");
        var body = editor.FindComponent<RichTextEditor>();

        var byAzerbaijani = await editor.InvokeAsync(() => body.Instance.FindLinkTargets("lənkəran"));
        var found = Assert.Single(byAzerbaijani);
        Assert.Equal((target, "Reception day in Lankaran", "en"), (found.Id, found.Title, found.Culture)); // shown in the user's language
        Assert.Equal("Meetings · not published", found.Note);
        Assert.Equal([target], (await editor.InvokeAsync(() => body.Instance.FindLinkTargets("Reception"))).Select(t => t.Id));

        await editor.InvokeAsync(() => body.Instance.BodyChanged(1, $"<p>See <a href=\"{InternalLink.HrefOf(target)}\">the reception</a>.</p>"));
        editor.WaitForAssertion(() => Assert.Contains("“Reception day in Lankaran” is not published", editor.Find("[id='az.body-links']").TextContent, StringComparison.Ordinal));

        Assert.True((await Site.Services.GetRequiredService<ContentPublishingService>().PublishAsync(target, ["en"], SiteFactory.Editor)).Succeeded);
        await editor.InvokeAsync(() => body.Instance.BodyChanged(2, $"<p>See <a href=\"{InternalLink.HrefOf(target)}\">the reception</a> again.</p><p><a href=\"{InternalLink.HrefOf(Guid.NewGuid())}\">gone</a></p>"));
        editor.WaitForAssertion(() =>
        {
            var warnings = editor.Find("[id='az.body-links']").TextContent;
            Assert.Contains("is not published in Azerbaijani: the link leads to its page in English", warnings, StringComparison.Ordinal);
            Assert.Contains("an item that no longer exists", warnings, StringComparison.Ordinal);
        });
    }
}
