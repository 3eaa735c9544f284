using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Web.Components.Backoffice.Editor;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Components.Backoffice;

/// <summary>The editor's "Published in error": the replacement is found by its title's words and chosen; a refusal is tied to the field; then the item leaves for the recycle bin.</summary>
public sealed class PublishedInErrorActionsTests(SiteFactory site) : EditorContext(site), IClassFixture<SiteFactory>
{
    [Fact]
    public async Task An_editor_removes_an_item_published_in_error_and_sends_its_visitors_to_the_item_she_finds()
    {
        SignIn("editor-e", "Leyla", [BackofficeRoles.Editor]);
        var publishing = Site.Services.GetRequiredService<ContentPublishingService>();
        var wrong = await NewMeetingAsync(("az", "Səhvən dərc olunan görüş"));
        var right = await NewMeetingAsync(("az", "Zəngilanda vətəndaşların qəbulu"));
        var russianOnly = await NewMeetingAsync(("ru", "Приём граждан в Кяльбаджаре"));
        foreach (var (id, culture) in new[] { (wrong, "az"), (right, "az"), (russianOnly, "ru") })
        {
            Assert.True((await publishing.PublishAsync(id, [culture], SiteFactory.Editor)).Succeeded);
        }

        var editor = Render<ContentEditor>(p => p.Add(e => e.Id, wrong));
        editor.WaitForElement("#replacement");

        // One that is not live in Azerbaijani is refused, tied to the field.
        editor.Find("#replacement").Input("Кяльбаджаре");
        editor.WaitForAssertion(() => Assert.Contains("Приём граждан", editor.Find(".withdraw-form .media-results").TextContent, StringComparison.Ordinal));
        await editor.Find(".withdraw-form .media-results button").ClickAsync(new());
        await editor.FindAll(".withdraw-form button.danger").Single(b => b.TextContent == "Remove the item from the site").ClickAsync(new());
        editor.WaitForAssertion(() => Assert.Contains("not published in any language this one is", editor.Find("[id='replacement-error']").TextContent, StringComparison.Ordinal));
        Assert.Single((await Site.Services.GetRequiredService<IPublishedContent>().FindAsync(wrong))!.Variants);

        await editor.Find("button#replacement").ClickAsync(new());
        editor.Find("#replacement").Input("Zəngilanda");
        editor.WaitForAssertion(() => Assert.Contains("Zəngilanda vətəndaşların qəbulu", editor.Find(".withdraw-form .media-results").TextContent, StringComparison.Ordinal));
        await editor.Find(".withdraw-form .media-results button").ClickAsync(new());
        await editor.FindAll(".withdraw-form button.danger").Single(b => b.TextContent == "Remove the item from the site").ClickAsync(new());

        editor.WaitForAssertion(() => Assert.EndsWith($"/backoffice/recycle-bin?removed={wrong:D}", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal));
        Assert.Empty((await Site.Services.GetRequiredService<IPublishedContent>().FindAsync(wrong))?.Variants ?? []);
        var slug = (await Site.Services.GetRequiredService<ContentQueries>().StatesAsync([wrong]))[wrong].Cultures.Single().Slug;
        Assert.Equal(MissingAddressKind.MovedPermanently, (await Site.Services.GetRequiredService<IPublishedContent>().ResolveMissingAsync(DocumentType.Meeting, "az", slug)).Kind);
    }
}
