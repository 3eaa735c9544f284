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

    [Fact]
    public async Task Errors_going_live_are_counted_beside_Publish_listed_in_the_dialog_and_published_only_with_a_reason_the_audit_keeps()
    {
        SignIn("editor-g", "Nigar", [BackofficeRoles.Editor]);
        var created = await Site.Services.GetRequiredService<ContentEditingService>().CreateAsync(new CreateContentRequest
        {
            Type = DocumentType.Report,
            Values = new ContentValues
            {
                Report = new ReportValues { Year = 2025 },
                Cultures = new Dictionary<string, CultureValues>
                {
                    ["az"] = new() { Title = "Şikayətlər, 2025", Summary = "Rəqəmlər.", BodyHtml = "<table><tbody><tr><td>Yanvar</td><td>312</td></tr></tbody></table>" },
                },
            },
        }, SiteFactory.Editor);
        var id = created.DocumentId!.Value;
        var editor = Render<ContentEditor>(p => p.Add(e => e.Id, id));
        editor.WaitForElement("[id='az.title']");

        editor.WaitForAssertion(() => Assert.Equal("Azerbaijani — errors: 1, warnings: 0", editor.Find(".editor-publishing .checks-summary li").TextContent.Trim()), TimeSpan.FromSeconds(5));
        Assert.Equal("#content-checks", editor.Find(".editor-publishing .checks-summary a").GetAttribute("href"));

        editor.FindAll(".editor-publishing .row-actions button").Single(b => b.TextContent == "Publish…").Click();
        var dialog = editor.Find("dialog");
        Assert.Equal("Azerbaijani: A table has no header row, so its cells are read without their column names.", dialog.QuerySelector(".check-findings li")!.TextContent.Trim());
        Assert.Contains("needs review before it goes live", dialog.TextContent, StringComparison.Ordinal);
        Assert.Contains("The checks found errors in the languages going live", dialog.TextContent, StringComparison.Ordinal);

        await editor.FindAll("dialog .row-actions button")[0].ClickAsync(new());
        editor.WaitForAssertion(() => Assert.Equal("The checks found 1 error(s) in the languages going live: mend them, or give a reason to publish anyway.",
            editor.Find("[id='force-reason-error']").TextContent.Trim().Replace("Error: ", "", StringComparison.Ordinal)));
        var queries = Site.Services.GetRequiredService<ContentQueries>();
        Assert.Equal(CultureState.Draft, (await queries.StatesAsync(id))!.StateOf("az"));

        editor.Find("[id='force-reason']").Change("The figures are due today; the table gets headers tomorrow.");
        await editor.FindAll("dialog .row-actions button")[0].ClickAsync(new());
        editor.WaitForAssertion(() => Assert.Contains("Published: Azerbaijani.", editor.Find(".editor-publishing .editor-status").TextContent, StringComparison.Ordinal));
        var trail = (await queries.AuditAsync(new AuditQuery { DocumentId = id })).Items.Select(a => a.Action).ToList();
        Assert.Contains(AuditAction.ChecksOverridden, trail);
        Assert.Contains(AuditAction.ForcePublished, trail);
    }
}
