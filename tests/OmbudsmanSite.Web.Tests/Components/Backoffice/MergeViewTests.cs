using Bunit;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Web.Components.Backoffice.Editor;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Components.Backoffice;

/// <summary>The merge view: both texts per field, keep mine, keep theirs or write anew, by native radios and text areas (keyboard and screen reader alike).</summary>
public sealed class MergeViewTests(SiteFactory site) : EditorContext(site), IClassFixture<SiteFactory>
{
    [Fact]
    public void Each_differing_field_offers_mine_theirs_or_an_edit_and_the_result_takes_each_choice()
    {
        var theirs = new ContentValues { Cultures = Texts(("az", "Onların başlığı", "<p>Onların mətni.</p>"), ("ru", "Встреча", "<p>Текст.</p>")) };
        var mine = new ContentValues { Cultures = Texts(("az", "Mənim başlığım", "<p>Mənim mətnim.</p>"), ("ru", "Встреча", "<p>Текст.</p>")) };
        ContentValues? merged = null;
        var view = Render<MergeView>(p => p.Add(v => v.Conflict, new ConflictDetails(2, 3, "Nigar", theirs, mine, 4))
            .Add(v => v.OnMerged, (ContentValues values) => merged = values));

        var fields = view.FindAll("fieldset.merge-field");
        Assert.Equal(["Title (Azerbaijani)", "Body (Azerbaijani)"], fields.Select(f => f.QuerySelector("legend")!.TextContent));
        Assert.Contains("Mənim başlığım", fields[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Onların başlığı", fields[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("Stored (Nigar)", fields[0].QuerySelectorAll("h3")[1].TextContent);
        Assert.Equal("Which text to keep: Title (Azerbaijani)", fields[0].QuerySelector("[role=radiogroup]")!.GetAttribute("aria-label"));
        Assert.NotNull(view.Find("#merge-az-title-Mine").GetAttribute("checked"));
        Assert.Contains("version 4", view.Find(".merge > p").TextContent, StringComparison.Ordinal);

        view.Find("#merge-az-title-Theirs").Change(true);
        view.Find("#merge-az-body-Edit").Change(true);
        Assert.Equal("<p>Mənim mətnim.</p>", view.Find("#merge-az-body-text").GetAttribute("value") ?? view.Find("#merge-az-body-text").TextContent);
        view.Find("#merge-az-body-text").Input("<p>Birgə mətn.</p>");
        view.Find(".merge .row-actions button").Click();

        Assert.NotNull(merged);
        Assert.Equal("Onların başlığı", merged!.Culture("az")!.Title);
        Assert.Equal("<p>Birgə mətn.</p>", merged.Culture("az")!.BodyHtml);
        Assert.Equal("Встреча", merged.Culture("ru")!.Title);
    }

    [Fact]
    public async Task A_stale_save_merged_in_the_editor_becomes_a_new_version_and_both_originals_stay_in_the_history()
    {
        SignIn("writer-m", "Writer Merge", [BackofficeRoles.Writer]);
        var id = await NewMeetingAsync(("az", "Əvvəlki başlıq"));
        var editor = Render<ContentEditor>(p => p.Add(e => e.Id, id));
        editor.WaitForElement("[id='az.title']");
        await Site.EditItemAsync(id, v => v.WithCulture("az", new CultureValues { Title = "Onların başlığı" }));
        editor.Find("[id='az.title']").Input("Mənim başlığım");
        await editor.Find("form.editor").SubmitAsync();
        editor.WaitForAssertion(() => Assert.NotEmpty(editor.FindAll(".conflict")));

        Assert.NotEmpty(editor.FindAll(".merge")); // the stale save opens the merge view itself
        editor.Find("#merge-az-title-Edit").Change(true);
        editor.Find("#merge-az-title-text").Input("Birgə başlıq");
        await editor.Find(".merge .row-actions button").ClickAsync(new());

        editor.WaitForAssertion(() => Assert.Contains("Merged and saved as version 4", editor.Find(".editor-status").TextContent, StringComparison.Ordinal));
        Assert.Empty(editor.FindAll(".conflict"));
        var queries = Site.Services.GetRequiredService<ContentQueries>();
        Assert.Equal("Birgə başlıq", (await queries.ValuesAsync(id))!.Culture("az")!.Title);
        Assert.Equal("Onların başlığı", (await queries.ValuesAsync(id, 2))!.Culture("az")!.Title);
        Assert.Equal("Mənim başlığım", (await queries.ValuesAsync(id, 3))!.Culture("az")!.Title);
        Assert.Equal("Merged version 3 into version 2", (await queries.VersionsAsync(id)).Single(v => v.Number == 4).Comment);
    }

    private static Dictionary<string, CultureValues> Texts(params (string Culture, string Title, string Body)[] texts) =>
        texts.ToDictionary(t => t.Culture, t => new CultureValues { Title = t.Title, BodyHtml = t.Body }, StringComparer.OrdinalIgnoreCase);
}
