using Bunit;
using Microsoft.AspNetCore.Components.Routing;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Web.Components.Backoffice.Editor;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Components.Backoffice;

/// <summary>The editor over the real editorial core: validation tied to fields, culture tabs, the side-by-side view, conflicts, the unsaved-changes guard, autosave.</summary>
public sealed class ContentEditorTests(SiteFactory site) : EditorContext(site), IClassFixture<SiteFactory>
{
    private const string TitleInput = "[id='az.title']";

    [Fact]
    public async Task A_refused_save_ties_each_message_to_its_field_and_lists_it_at_the_top()
    {
        SignIn("writer-1", "Writer One", [BackofficeRoles.Writer]);
        var id = await NewMeetingAsync();
        var editor = Render<ContentEditor>(p => p.Add(e => e.Id, id));
        editor.WaitForElement(TitleInput);

        editor.Find(TitleInput).Input(new string('ə', ContentValidator.MaxTitleLength + 1));
        await editor.Find("form.editor").SubmitAsync();

        editor.WaitForAssertion(() => Assert.NotEmpty(editor.FindAll(".error-summary a[href='#az.title']")));
        var input = editor.Find(TitleInput);
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Contains("az.title-error", input.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Contains("longer than 500", editor.Find("[id='az.title-error']").TextContent, StringComparison.Ordinal);
        Assert.Contains("has errors", editor.Find("#tab-az").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tabs_follow_the_arrow_keys_and_another_culture_shows_read_only_beside()
    {
        SignIn("writer-2", "Writer Two", [BackofficeRoles.Writer]);
        var id = await NewMeetingAsync(("az", "Görüş"), ("en", "The meeting"));
        var editor = Render<ContentEditor>(p => p.Add(e => e.Id, id));
        editor.WaitForElement(TitleInput);
        Assert.Equal("true", editor.Find("#tab-az").GetAttribute("aria-selected"));
        Assert.Equal("-1", editor.Find("#tab-en").GetAttribute("tabindex"));

        await editor.Find("#tab-az").KeyDownAsync(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "ArrowRight" });
        Assert.Equal("true", editor.Find("#tab-en").GetAttribute("aria-selected"));
        Assert.Equal("0", editor.Find("#tab-en").GetAttribute("tabindex"));
        Assert.Equal("tab-en", editor.Find("[role=tabpanel]").GetAttribute("aria-labelledby"));
        Assert.Equal("The meeting", editor.Find("[id='en.title']").GetAttribute("value"));
        await editor.Find("#tab-en").KeyDownAsync(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "End" });
        Assert.Equal("true", editor.Find("#tab-ru").GetAttribute("aria-selected"));

        editor.Find("#beside").Change("az");
        var columns = editor.FindAll(".side-by-side .culture-fields");
        Assert.Equal(2, columns.Count);
        Assert.Equal("az", columns[1].GetAttribute("lang"));
        Assert.Contains("Görüş", columns[1].TextContent, StringComparison.Ordinal);
        Assert.Empty(editor.FindAll(TitleInput)); // beside is for reading: no inputs

        // "Copy from" fills an empty field from the culture beside.
        editor.Find(".culture-fields .link-button").Click();
        Assert.Equal("Görüş", editor.Find("[id='ru.title']").GetAttribute("value"));
    }

    [Fact]
    public async Task A_translator_edits_only_her_culture_and_reads_the_others()
    {
        SignIn("translator-1", "Translator", [BackofficeRoles.Translator], "ru");
        var id = await NewMeetingAsync(("az", "Görüş"));
        var editor = Render<ContentEditor>(p => p.Add(e => e.Id, id));
        editor.WaitForElement("[id='ru.title']"); // she starts where she may write
        Assert.Contains("read only", editor.Find("#tab-az").TextContent, StringComparison.Ordinal);
        Assert.NotNull(editor.Find("fieldset.shared-fields").GetAttribute("disabled"));

        editor.Find("#tab-az").Click();
        Assert.Empty(editor.FindAll(TitleInput));
        Assert.Contains("Görüş", editor.Find(".read-only-fields").TextContent, StringComparison.Ordinal);

        editor.Find("#tab-ru").Click();
        editor.Find("[id='ru.title']").Input("Встреча");
        await editor.Find("form.editor").SubmitAsync();
        editor.WaitForAssertion(() => Assert.Contains("Saved as version 2", editor.Find(".editor-status").TextContent, StringComparison.Ordinal));
        var values = await Site.Services.GetRequiredService<ContentQueries>().ValuesAsync(id);
        Assert.Equal("Встреча", values!.Culture("ru")!.Title);
        Assert.Equal("Görüş", values.Culture("az")!.Title);
    }

    [Fact]
    public async Task A_save_over_someone_elses_shows_the_conflict_and_keeps_the_text()
    {
        SignIn("writer-3", "Writer Three", [BackofficeRoles.Writer]);
        var id = await NewMeetingAsync(("az", "Əvvəlki başlıq"));
        var editor = Render<ContentEditor>(p => p.Add(e => e.Id, id));
        editor.WaitForElement(TitleInput);

        await Site.EditItemAsync(id, v => v.WithCulture("az", new CultureValues { Title = "Onların başlığı" }));
        editor.Find(TitleInput).Input("Mənim başlığım");
        await editor.Find("form.editor").SubmitAsync();

        editor.WaitForAssertion(() => Assert.NotEmpty(editor.FindAll(".conflict")));
        var conflict = editor.Find(".conflict");
        Assert.Equal("alert", conflict.GetAttribute("role"));
        Assert.Contains("Editor (test) saved version 2", conflict.TextContent, StringComparison.Ordinal);
        Assert.Contains("kept as version 3", conflict.TextContent, StringComparison.Ordinal);
        Assert.Contains("Azerbaijani", conflict.TextContent, StringComparison.Ordinal);
        Assert.Equal("Mənim başlığım", editor.Find(TitleInput).GetAttribute("value"));
        var kept = await Site.Services.GetRequiredService<ContentQueries>().ValuesAsync(id, 3);
        Assert.Equal("Mənim başlığım", kept!.Culture("az")!.Title);

        editor.FindAll(".conflict button").Single(b => b.TextContent == "Load their version").Click();
        editor.WaitForAssertion(() => Assert.Equal("Onların başlığı", editor.Find(TitleInput).GetAttribute("value")));
    }

    [Fact]
    public async Task Leaving_is_guarded_while_there_are_unsaved_changes()
    {
        SignIn("writer-4", "Writer Four", [BackofficeRoles.Writer]);
        var id = await NewMeetingAsync();
        var editor = Render<ContentEditor>(p => p.Add(e => e.Id, id));
        editor.WaitForElement(TitleInput);
        var guard = editor.FindComponent<NavigationLock>();
        Assert.False(guard.Instance.ConfirmExternalNavigation);
        Assert.False(editor.Instance.IsDirty);

        editor.Find(TitleInput).Input("Dəyişmiş başlıq");
        Assert.True(editor.Instance.IsDirty);
        Assert.True(editor.FindComponent<NavigationLock>().Instance.ConfirmExternalNavigation);

        await editor.Find("form.editor").SubmitAsync();
        editor.WaitForAssertion(() => Assert.False(editor.FindComponent<NavigationLock>().Instance.ConfirmExternalNavigation));
    }

    [Fact]
    public async Task Typing_is_autosaved_apart_from_the_working_copy_and_offered_back()
    {
        var user = SignIn("writer-5", "Writer Five", [BackofficeRoles.Writer]);
        var id = await NewMeetingAsync(("az", "Saxlanmış"));
        var editor = Render<ContentEditor>(p => p.Add(e => e.Id, id));
        editor.WaitForElement(TitleInput);
        editor.Find(TitleInput).Input("Yarımçıq yazı");
        await editor.InvokeAsync(editor.Instance.AutosaveNowAsync);

        var stored = await Site.Services.GetRequiredService<AutosaveStore>().FindAsync(user, id);
        Assert.Equal("Yarımçıq yazı", stored!.Values.Culture("az")!.Title);
        Assert.Equal("Saxlanmış", (await Site.Services.GetRequiredService<ContentQueries>().ValuesAsync(id))!.Culture("az")!.Title);

        // The tab closes; the next time she opens the item, the editor offers her text back.
        await DisposeComponentsAsync();
        var reopened = Render<ContentEditor>(p => p.Add(e => e.Id, id));
        reopened.WaitForElement(".autosave");
        Assert.Equal("Saxlanmış", reopened.Find(TitleInput).GetAttribute("value"));
        reopened.Find(".autosave button").Click();
        Assert.Equal("Yarımçıq yazı", reopened.Find(TitleInput).GetAttribute("value"));
        Assert.True(reopened.Instance.IsDirty);
    }
}
