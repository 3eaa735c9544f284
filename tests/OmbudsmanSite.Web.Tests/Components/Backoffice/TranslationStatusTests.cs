using Bunit;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Web.Components.Backoffice.Editor;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Components.Backoffice;

/// <summary>
/// The editor marks a translation whose source changed, shows what changed in the source, and records
/// "mark as up to date"; a language submitted for review says "in review" until it is decided.
/// </summary>
public sealed class TranslationStatusTests(SiteFactory site) : EditorContext(site), IClassFixture<SiteFactory>
{
    [Fact]
    public async Task A_translator_sees_what_changed_in_the_source_and_marks_her_translation_up_to_date()
    {
        SignIn("translator-t", "Olga", [BackofficeRoles.Translator], "ru");
        var id = await NewMeetingAsync(("az", "Ombudsman BMT nümayəndəsi ilə görüşüb"), ("ru", "Омбудсмен встретилась с представителем ООН"));
        await Site.EditItemAsync(id, v => v.WithCulture("az", v.Culture("az")! with { Title = "Ombudsman BMT nümayəndələri ilə görüşüb" }));

        var editor = Render<ContentEditor>(p => p.Add(e => e.Id, id));
        editor.WaitForElement("[id='ru.title']");
        Assert.Contains("out of date", editor.Find("#tab-ru").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("out of date", editor.Find("#tab-az").TextContent, StringComparison.Ordinal);
        var notice = editor.Find(".out-of-date");
        Assert.Contains("The Russian translation is out of date: the Azerbaijani text changed", notice.TextContent, StringComparison.Ordinal);
        Assert.Equal("added: nümayəndələri (end)", notice.QuerySelector("ins")!.TextContent);
        Assert.Equal("removed: nümayəndəsi (end)", notice.QuerySelector("del")!.TextContent);

        await editor.Find(".out-of-date button").ClickAsync(new());

        editor.WaitForAssertion(() => Assert.Empty(editor.FindAll(".out-of-date")));
        Assert.Contains("marked as up to date", editor.Find(".editor-status").TextContent, StringComparison.Ordinal);
        Assert.False((await Site.Services.GetRequiredService<ContentQueries>().StatesAsync(id))!.Cultures.Single(c => c.Culture == "ru").IsOutOfDate);
        var audit = await Site.Services.GetRequiredService<ContentQueries>().AuditAsync(new AuditQuery { DocumentId = id, Action = AuditAction.MarkedUpToDate });
        Assert.Equal("Olga", Assert.Single(audit.Items).UserName);
    }

    [Fact]
    public async Task A_submitted_language_s_tab_says_in_review_not_draft()
    {
        var writer = SignIn("writer-r", "Leyla", [BackofficeRoles.Writer]);
        var id = await NewMeetingAsync(("az", "Yoxlamaya göndərilən görüş"), ("ru", "Встреча на проверке"));
        Assert.True((await Site.Services.GetRequiredService<ContentReviewService>().SubmitAsync(id, ["ru"], null, writer)).Succeeded);

        var editor = Render<ContentEditor>(p => p.Add(e => e.Id, id));
        editor.WaitForElement("[id='az.title']");

        Assert.Contains("in review", editor.Find("#tab-ru").TextContent, StringComparison.Ordinal);
        Assert.Contains("state-inreview", editor.Find("#tab-ru .state").ClassName, StringComparison.Ordinal);
        Assert.Contains("draft", editor.Find("#tab-az").TextContent, StringComparison.Ordinal);
    }
}
