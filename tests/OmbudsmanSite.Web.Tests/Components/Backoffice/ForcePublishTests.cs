using Bunit;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Web.Components.Backoffice.Editor;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Components.Backoffice;

/// <summary>The publish dialog of a type that needs review: publishing is a force publish, with a reason tied to its field, and the item then says it owes a review.</summary>
public sealed class ForcePublishTests(ReviewedSiteFactory site) : EditorContext(site), IClassFixture<ReviewedSiteFactory>
{
    [Fact]
    public async Task An_editor_publishes_a_report_without_review_only_with_a_reason_and_the_item_shows_the_review_it_owes()
    {
        SignIn("editor-f", "Aysel", [BackofficeRoles.Editor]);
        var created = await Site.Services.GetRequiredService<ContentEditingService>().CreateAsync(new CreateContentRequest
        {
            Type = DocumentType.Report,
            Values = new ContentValues { Report = new ReportValues { Year = 2025 }, Cultures = new Dictionary<string, CultureValues> { ["az"] = new() { Title = "Təcili hesabat" } } },
        }, SiteFactory.Editor);
        var id = created.DocumentId!.Value;
        var editor = Render<ContentEditor>(p => p.Add(e => e.Id, id));
        editor.WaitForElement("[id='az.title']");

        editor.FindAll(".editor-publishing .row-actions button").Single(b => b.TextContent == "Publish…").Click();
        Assert.Contains("needs review before it goes live", editor.Find("dialog").TextContent, StringComparison.Ordinal);
        await editor.FindAll("dialog .row-actions button")[0].ClickAsync(new());
        editor.WaitForAssertion(() => Assert.Contains("needs review", editor.Find("[id='force-reason-error']").TextContent, StringComparison.Ordinal));
        Assert.Equal("true", editor.Find("[id='force-reason']").GetAttribute("aria-invalid"));
        Assert.Equal(CultureState.Draft, (await Site.Services.GetRequiredService<ContentQueries>().StatesAsync(id))!.StateOf("az"));

        editor.Find("[id='force-reason']").Change("Due at noon; no second editor in today.");
        await editor.FindAll("dialog .row-actions button")[0].ClickAsync(new());

        editor.WaitForAssertion(() => Assert.Contains("Published: Azerbaijani.", editor.Find(".editor-publishing .editor-status").TextContent, StringComparison.Ordinal));
        Assert.Contains("Published by force (Azerbaijani) by Aysel", editor.Find(".editor-publishing").TextContent, StringComparison.Ordinal);
        var owed = Assert.Single(await Site.Services.GetRequiredService<ContentQueries>().PendingReviewsAsync(id));
        Assert.Equal(("Due at noon; no second editor in today.", ReviewKind.Retrospective), (owed.Note, owed.Kind));
    }
}
