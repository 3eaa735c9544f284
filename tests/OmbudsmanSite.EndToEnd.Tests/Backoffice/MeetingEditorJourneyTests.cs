using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OmbudsmanSite.EndToEnd.Tests.Support;

namespace OmbudsmanSite.EndToEnd.Tests.Backoffice;

/// <summary>
/// "What a user sees" of the backoffice, in Debian's chromium on the published build: a
/// communications officer writes a meeting in Azerbaijani, translates it side by side, and the
/// editor keeps her work; a translator may edit only Russian.
/// </summary>
[Collection(PublishedSiteTestGroup.Name)]
public sealed class MeetingEditorJourneyTests(PublishedSite site, Browser browser) : IAsyncDisposable
{
    private const string Password = "Xınalıq kəndinin damları";
    private readonly BrowserContexts _contexts = new(browser, site);

    [Fact]
    public async Task An_officer_writes_a_meeting_in_three_languages_side_by_side()
    {
        var page = await BackofficeSessions.AdministratorAsync(site, await _contexts.NewAsync(), "officer@ombudsman.test", "Səbinə Əliyeva", Password);

        await page.GotoAsync("/backoffice/content/meeting");
        await page.GetByRole(AriaRole.Link, new() { Name = "New meeting" }).ClickAsync();
        await page.WaitForURLAsync("**/backoffice/content/meeting/new");
        await BackofficeSessions.CheckAsync(page, "new meeting");
        await page.Locator("#title").FillAsync("Ombudsman Parlamentlərarası İttifaqın nümayəndə heyəti ilə görüşdü");
        await page.Locator("#title").PressAsync("Enter");
        await page.WaitForURLAsync("**/backoffice/content/*-*-*?culture=az");
        await page.ById("az.title").WaitForAsync();
        await BackofficeSessions.CheckAsync(page, "editor");

        await page.ById("date").FillAsync("2026-11-20T11:00");
        await page.ById("meeting.format").SelectOptionAsync("Online");
        await page.ById("meeting.location.az").FillAsync("Bakı");
        await page.ById("meeting.location.en").FillAsync("Baku");
        await page.Locator("#organisations-search").FillAsync("Parlament");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add Inter-Parliamentary Union" }).ClickAsync();
        await page.Locator("#topics-search").FillAsync("Cooperation");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add International cooperation" }).ClickAsync();
        await page.Locator("#participant-add-search").FillAsync("Chungong");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add Martin Chungong" }).ClickAsync();
        await page.Locator("#participant-add-search").FillAsync("Aysel Quliyeva");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create the person “Aysel Quliyeva”" }).ClickAsync();
        await page.GetByText("Aysel Quliyeva added as participant 2.").WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Move up: Aysel Quliyeva" }).ClickAsync();
        await page.GetByText("Aysel Quliyeva is now participant 1 of 2.").WaitForAsync();
        Assert.Equal("Aysel Quliyeva", (await page.Locator(".participant-name").First.TextContentAsync())?.Trim());
        await page.ById("image").ClickAsync();
        await page.Locator("[id='image-search']").FillAsync("Legal awareness");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add Legal awareness lesson" }).ClickAsync();
        await Assertions.Expect(page.Locator(".media-chosen")).ToContainTextAsync("Participants at a legal awareness lesson");
        await page.ById("az.body").FillAsync("Görüşdə insan hüquqları sahəsində əməkdaşlıq müzakirə olundu.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await page.GetByText("Saved as version 2").WaitForAsync();
        await BackofficeSessions.CheckAsync(page, "editor after save");

        // English beside the Azerbaijani; an empty field is filled from it, then translated.
        await page.GetByRole(AriaRole.Tab, new() { Name = "English" }).ClickAsync();
        await page.Locator("#beside").SelectOptionAsync("az");
        await Assertions.Expect(page.Locator(".side-by-side .read-only-fields").First).ToContainTextAsync("Parlamentlərarası İttifaqın");
        await page.GetByRole(AriaRole.Button, new() { Name = "Copy Body from Azerbaijani" }).ClickAsync();
        await Assertions.Expect(page.ById("en.body")).ToContainTextAsync("əməkdaşlıq");
        await page.ById("en.title").FillAsync("The Ombudsman met a delegation of the Inter-Parliamentary Union");
        // A paragraph typed in capitals appears in the Checks panel as she types; its link leads back to
        // that paragraph in the body, selected, and once it is mended the finding goes.
        await page.ById("en.body").FillAsync("Cooperation in human rights was discussed.");
        await page.Keyboard.PressAsync("Control+End");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("THE DELEGATION THANKED THE OMBUDSMAN.");
        var capitals = page.Locator("#content-checks [aria-labelledby='checks-en'] li[data-check='ParagraphInCapitals'] a");
        await Assertions.Expect(capitals).ToHaveTextAsync(new Regex("capitals"));
        await capitals.ClickAsync();
        await Assertions.Expect(page.ById("en.body")).ToBeFocusedAsync();
        await Assertions.Expect(page.ById("en.body")).ToBeInViewportAsync();
        Assert.Equal("THE DELEGATION THANKED THE OMBUDSMAN.", await page.EvaluateAsync<string>("document.getSelection().toString()"));
        await page.Keyboard.PressAsync("Backspace"); // the selected paragraph's text goes,
        await page.Keyboard.PressAsync("Backspace"); // and then the paragraph itself
        await Assertions.Expect(capitals).ToHaveCountAsync(0);
        await Assertions.Expect(page.ById("en.body")).ToHaveTextAsync("Cooperation in human rights was discussed.");

        // A sentence over 25 words is listed under the figures; its link selects that sentence.
        const string Long = "Both sides agreed that the office and the union would share their reports, train their staff together and meet again in the spring to review what the joint work has achieved so far.";
        await page.Keyboard.PressAsync("Control+End");
        await page.Keyboard.TypeAsync(" " + Long);
        var longSentence = page.Locator("#content-checks [aria-labelledby='checks-en'] .long-sentences a");
        await longSentence.ClickAsync();
        Assert.Equal(Long, await page.EvaluateAsync<string>("document.getSelection().toString()"));
        await page.Keyboard.PressAsync("Backspace");
        await page.Keyboard.PressAsync("Backspace"); // the space before it
        await Assertions.Expect(longSentence).ToHaveCountAsync(0);

        // The Checks panel follows the typing: English scored with Flesch, 6 words and 11 syllables by
        // its rule of thumb (co-o-per-a-tion counts 4): 206.835 − 1.015 × 6 − 84.6 × 11/6 = 45.6.
        await Assertions.Expect(page.Locator("#content-checks [aria-labelledby='checks-en'] .readability"))
            .ToHaveTextAsync("Flesch reading ease 45.6: standard. Words: 6; sentences: 1; 6.0 words a sentence on average.");
        await BackofficeSessions.CheckAsync(page, "editor side by side");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Russian" }).ClickAsync();
        await page.ById("ru.title").FillAsync("Омбудсмен встретилась с делегацией Межпарламентского союза");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await page.GetByText("Saved as version 3").WaitForAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Tab, new() { Name = "Russian" })).ToContainTextAsync("draft");

        // A title that is too long comes back from the service, tied to its field and listed at the top.
        await page.ById("ru.title").EvaluateAsync("e => e.removeAttribute('maxlength')");
        await page.ById("ru.title").FillAsync(new string('я', 501));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        var summaryLink = page.Locator(".error-summary a[href='#ru.title']");
        await summaryLink.WaitForAsync();
        Assert.Contains("ru.title-error", await page.ById("ru.title").GetAttributeAsync("aria-describedby") ?? "", StringComparison.Ordinal);
        await BackofficeSessions.CheckAsync(page, "editor with an error");

        // Leaving with unsaved changes asks first.
        var asked = false;
        async void Answer(object? sender, IDialog dialog)
        {
            asked = dialog.Type == "beforeunload";
            await dialog.DismissAsync();
        }

        page.Dialog += Answer;
        await page.GetByRole(AriaRole.Link, new() { Name = "Dashboard" }).ClickAsync();
        await page.WaitForTimeoutAsync(500);
        Assert.True(asked, "no prompt before leaving unsaved changes");
        Assert.Contains("/backoffice/content/", page.Url, StringComparison.Ordinal);
        page.Dialog -= Answer;
        await page.ById("ru.title").FillAsync("Омбудсмен встретилась с делегацией Межпарламентского союза");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await page.GetByText("Nothing changed since the last save.").WaitForAsync();
        var editorUrl = page.Url;

        // The Russian draft, never published, previewed as the public will see it.
        var previewHref = await page.GetByRole(AriaRole.Link, new() { Name = "Preview in Russian (opens in a new tab)" }).GetAttributeAsync("href");
        var preview = await page.Context.NewPageAsync();
        var previewed = await preview.GotoAsync(previewHref!);
        Assert.Equal(200, previewed!.Status);
        Assert.Equal("no-store", previewed.Headers["cache-control"]);
        Assert.Contains("noindex", previewed.Headers["x-robots-tag"], StringComparison.Ordinal);
        Assert.Equal("ru", await preview.Locator("html").GetAttributeAsync("lang"));
        await Assertions.Expect(preview.Locator(".preview-banner")).ToContainTextAsync("Предпросмотр — не опубликовано.");
        await Assertions.Expect(preview.Locator("h1")).ToHaveTextAsync("Омбудсмен встретилась с делегацией Межпарламентского союза");
        await BackofficeSessions.CheckAsync(preview, "preview");
        var tampered = await preview.GotoAsync(previewHref!.Replace("/ru/", "/en/", StringComparison.Ordinal));
        Assert.Equal(403, tampered!.Status);
        await Assertions.Expect(preview.Locator("h1")).ToHaveTextAsync("This preview is not available");
        await preview.CloseAsync();

        // She publishes az and en and keeps ru as a draft; the dialog says what goes live with them.
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish…" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Publish" });
        await dialog.WaitForAsync();
        await Assertions.Expect(dialog.Locator(".going-live")).ToContainTextAsync("Inter-Parliamentary Union");
        await Assertions.Expect(dialog.Locator(".going-live")).ToContainTextAsync("Aysel Quliyeva, Martin Chungong");
        await BackofficeSessions.CheckAsync(page, "publish dialog");
        await dialog.GetByLabel("Russian — draft").UncheckAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Publish the chosen languages" }).ClickAsync();
        await page.GetByText("Published: Azerbaijani, English.").WaitForAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Tab, new() { Name = "Azerbaijani" })).ToContainTextAsync("published");
        await Assertions.Expect(page.GetByRole(AriaRole.Tab, new() { Name = "Russian" })).ToContainTextAsync("draft");

        // The other two dialogs, opened, checked and closed with Escape: nothing changes.
        await page.GetByRole(AriaRole.Button, new() { Name = "Unpublish…" }).ClickAsync();
        var unpublish = page.GetByRole(AriaRole.Dialog, new() { Name = "Unpublish" });
        await unpublish.WaitForAsync();
        Assert.True(await unpublish.GetByLabel("Russian — draft").IsDisabledAsync());
        await BackofficeSessions.CheckAsync(page, "unpublish dialog");
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(unpublish).ToBeHiddenAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Move to the recycle bin…" }).ClickAsync();
        var recycle = page.GetByRole(AriaRole.Dialog, new() { Name = "Move to the recycle bin" });
        await recycle.WaitForAsync();
        await BackofficeSessions.CheckAsync(page, "recycle bin dialog");
        await recycle.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Assertions.Expect(recycle).ToBeHiddenAsync();

        // Her versions, and what changed between two of them, word by word.
        await page.GetByRole(AriaRole.Link, new() { Name = "History" }).ClickAsync();
        await page.WaitForURLAsync("**/history");
        await BackofficeSessions.CheckAsync(page, "history");
        await page.GetByRole(AriaRole.Link, new() { Name = "Compare with the previous (Version 3)" }).ClickAsync();
        await page.WaitForURLAsync("**/history?from=2&to=3");
        await Assertions.Expect(page.Locator("dd[lang=ru] ins")).ToContainTextAsync("Омбудсмен встретилась");
        await BackofficeSessions.CheckAsync(page, "history with a difference");

        // The administrator's other records: the recycle bin, the redirects, the schedules and the audit trail of her publish.
        await page.GotoAsync("/backoffice/recycle-bin");
        await BackofficeSessions.CheckAsync(page, "recycle bin");
        await page.GotoAsync("/backoffice/redirects");
        await BackofficeSessions.CheckAsync(page, "redirects");
        await page.GotoAsync("/backoffice/schedules");
        await BackofficeSessions.CheckAsync(page, "schedules");
        await page.GotoAsync("/backoffice/audit");
        await page.Locator("#action").SelectOptionAsync("Publish");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await page.WaitForURLAsync("**/backoffice/audit?*action=Publish*");
        await Assertions.Expect(page.Locator("#audit-caption + thead + tbody tr").First).ToContainTextAsync("Səbinə Əliyeva");
        await BackofficeSessions.CheckAsync(page, "audit trail");

        // On the public site and in search at once; Russian is not.
        var visitor = await (await _contexts.NewAsync()).NewPageAsync();
        await visitor.GotoAsync("/en/meetings");
        await visitor.GetByRole(AriaRole.Link, new() { Name = "The Ombudsman met a delegation of the Inter-Parliamentary Union" }).ClickAsync();
        await Assertions.Expect(visitor.Locator("h1")).ToHaveTextAsync("The Ombudsman met a delegation of the Inter-Parliamentary Union");
        await Assertions.Expect(visitor.Locator("main")).ToContainTextAsync("Martin Chungong");
        Assert.Equal("Participants at a legal awareness lesson", await visitor.Locator("main img").First.GetAttributeAsync("alt"));
        var published = visitor.Url;
        await visitor.GotoAsync("/en/search?q=delegation+Inter-Parliamentary");
        await Assertions.Expect(visitor.Locator("main")).ToContainTextAsync("The Ombudsman met a delegation of the Inter-Parliamentary Union");
        var russian = await visitor.GotoAsync(published.Replace("/en/", "/ru/", StringComparison.Ordinal));
        Assert.Equal(404, russian!.Status);

        // A translator who may edit only Russian reads the Azerbaijani and writes the Russian.
        var translator = await BackofficeSessions.AddUserAsync(page, await _contexts.NewAsync(), "Nərgiz Quliyeva", "nargiz.translator@ombudsman.test",
            "Translator: edits only the languages below", Password, translatorCulture: "Russian");
        await translator.GotoAsync(new Uri(editorUrl).PathAndQuery.Split('?')[0]);
        await translator.ById("ru.title").WaitForAsync();
        await Assertions.Expect(translator.GetByRole(AriaRole.Tab, new() { Name = "Azerbaijani" })).ToContainTextAsync("read only");
        await translator.GetByRole(AriaRole.Tab, new() { Name = "Azerbaijani" }).ClickAsync();
        Assert.Equal(0, await translator.ById("az.title").CountAsync());
        await Assertions.Expect(translator.Locator(".read-only-fields").First).ToContainTextAsync("Parlamentlərarası İttifaqın");
        Assert.Equal(0, await translator.GetByRole(AriaRole.Button, new() { Name = "Publish…" }).CountAsync());
        await BackofficeSessions.CheckAsync(translator, "translator's editor");
    }

    [Fact]
    public async Task The_body_editor_has_an_accessible_toolbar_and_takes_a_200_KB_body()
    {
        var page = await BackofficeSessions.AdministratorAsync(site, await _contexts.NewAsync(), "long.body@ombudsman.test", "Rəşad Babayev", Password);
        await page.GotoAsync("/backoffice/content/newsArticle/new");
        await page.Locator("#title").FillAsync("Uzun məruzənin mətni");
        await page.Locator("#title").PressAsync("Enter");
        var body = page.ById("az.body");
        await body.WaitForAsync();

        // The toolbar: one tab stop, arrows between buttons, pressed state, shortcuts listed.
        var toolbar = page.GetByRole(AriaRole.Toolbar, new() { Name = "Formatting" });
        Assert.Equal(1, await toolbar.Locator("button[tabindex='0']").CountAsync());
        await toolbar.GetByRole(AriaRole.Button, new() { Name = "Bold" }).FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        Assert.Equal("Italic", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await body.ClickAsync();
        await page.Keyboard.PressAsync("Control+B");
        await page.Keyboard.TypeAsync("Qalın söz");
        await Assertions.Expect(toolbar.GetByRole(AriaRole.Button, new() { Name = "Bold" })).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.Equal("Control+B", await toolbar.GetByRole(AriaRole.Button, new() { Name = "Bold" }).GetAttributeAsync("aria-keyshortcuts"));
        await page.GetByText("Keyboard shortcuts").ClickAsync();
        await Assertions.Expect(page.Locator(".rich-text-shortcuts li").First).ToContainTextAsync("Ctrl + B");

        // 200 KB of text is more than six SignalR messages: it arrives in pieces, whole.
        var paragraph = string.Concat(Enumerable.Repeat("İnsan hüquqları üzrə müvəkkil — Уполномоченный по правам человека. ", 3200));
        Assert.True(paragraph.Length >= 200_000);
        // A writer pastes it over what is there, as the clipboard delivers it: one paste event (typed in, it would take minutes).
        await body.ClickAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.EvaluateAsync("""
            text => {
              const data = new DataTransfer();
              data.setData('text/plain', text);
              document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
            }
            """, paragraph);
        await page.Locator("body").ClickAsync(new() { Position = new() { X = 1, Y = 1 } }); // blur: the last piece goes at once
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await page.GetByText("Saved as version 2").WaitForAsync();
        await page.ReloadAsync();
        await body.WaitForAsync();
        Assert.Equal(paragraph.Trim(), (await body.InnerTextAsync()).Trim());
        Assert.DoesNotContain("Reconnecting", await page.Locator("body").InnerTextAsync(), StringComparison.Ordinal);
    }

    public ValueTask DisposeAsync() => _contexts.DisposeAsync();
}
