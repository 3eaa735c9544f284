using System.Globalization;
using Microsoft.Playwright;
using OmbudsmanSite.EndToEnd.Tests.Support;

namespace OmbudsmanSite.EndToEnd.Tests.Backoffice;

/// <summary>
/// "What a user sees" of review, scheduling, presence and conflicts, the recycle bin and the audit
/// trail, and translation status, in Debian's chromium on the published build (reports need review
/// there, as shipped; meetings do not).
/// </summary>
[Collection(PublishedSiteTestGroup.Name)]
public sealed class EditorialWorkflowJourneyTests(PublishedSite site, Browser browser) : IAsyncDisposable
{
    private const string Password = "Şahdağın zirvəsində qar";
    private readonly BrowserContexts _contexts = new(browser, site);

    [Fact]
    public async Task A_writer_submits_a_russian_translation_and_an_editor_in_another_time_zone_approves_it_for_monday_9_in_Baku()
    {
        // The editor's browser thinks it is in New York: nothing she enters or reads may shift by its zone.
        var editor = await BackofficeSessions.AdministratorAsync(site, await _contexts.NewAsync("America/New_York"), "review.aysel@ombudsman.test", "Aysel Məmmədova", Password);
        Assert.Equal("America/New_York", await editor.EvaluateAsync<string>("Intl.DateTimeFormat().resolvedOptions().timeZone"));
        var writer = await BackofficeSessions.AddUserAsync(editor, await _contexts.NewAsync(), "Leyla Həsənova", "review.leyla@ombudsman.test", "Writer: creates and edits drafts", Password);

        await writer.GotoAsync("/backoffice/content/report/new");
        await writer.Locator("#title").FillAsync("Ombudsmanın 2025-ci il üzrə məruzəsi");
        await writer.Locator("#title").PressAsync("Enter");
        await writer.ById("az.title").WaitForAsync();
        await writer.GetByRole(AriaRole.Tab, new() { Name = "Russian" }).ClickAsync();
        await writer.ById("ru.title").FillAsync("Доклад Омбудсмена за 2025 год");
        await writer.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await writer.GetByText("Saved as version 2").WaitForAsync();
        var item = new Uri(writer.Url).AbsolutePath;

        await writer.GetByRole(AriaRole.Button, new() { Name = "Submit for review…" }).ClickAsync();
        var submit = writer.GetByRole(AriaRole.Dialog, new() { Name = "Submit for review" });
        await submit.WaitForAsync();
        await submit.GetByLabel("Azerbaijani — draft").UncheckAsync();
        await submit.GetByLabel("Note for the reviewer (optional)").FillAsync("Терминология сверена с глоссарием.");
        await BackofficeSessions.CheckAsync(writer, "submit for review dialog");
        await submit.GetByRole(AriaRole.Button, new() { Name = "Submit the chosen languages" }).ClickAsync();
        await writer.GetByText("Submitted for review: Russian.").WaitForAsync();
        Assert.Equal(0, await writer.GetByRole(AriaRole.Button, new() { Name = "Publish…" }).CountAsync());

        // Her queue, the comparison with what is live (nothing yet in Russian), word by word.
        await editor.GotoAsync("/backoffice");
        await Assertions.Expect(editor.Locator("#dash-review + ul")).ToContainTextAsync("(Russian): Leyla Həsənova");
        await editor.GotoAsync("/backoffice/review");
        await BackofficeSessions.CheckAsync(editor, "review queue");
        await editor.GetByRole(AriaRole.Link, new() { Name = "Ombudsmanın 2025-ci il üzrə məruzəsi" }).ClickAsync();
        await editor.WaitForURLAsync("**/backoffice/review/*");
        await Assertions.Expect(editor.Locator("dd[lang=ru] ins").First).ToContainTextAsync("added: Доклад Омбудсмена за 2025 год");
        await Assertions.Expect(editor.Locator(".review-facts")).ToContainTextAsync("Терминология сверена с глоссарием.");
        await BackofficeSessions.CheckAsync(editor, "review page");

        // Approved for next Monday, 09:00 Baku time, typed in a New York browser.
        var baku = DateTime.UtcNow.AddHours(4);
        var monday = baku.Date.AddDays(((int)DayOfWeek.Monday - (int)baku.DayOfWeek + 7) % 7 is 0 ? 7 : ((int)DayOfWeek.Monday - (int)baku.DayOfWeek + 7) % 7);
        var day = monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await editor.GetByLabel("Approve and publish at the time below").CheckAsync();
        await editor.ById("ru.schedule").FillAsync($"{day}T09:00");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Record the decision" }).ClickAsync();
        await editor.GetByText($"Russian: approved, goes live at {day} 09:00 Baku time.").WaitForAsync();
        await Assertions.Expect(editor.Locator(".review-facts")).ToContainTextAsync("Approved: Aysel Məmmədova");

        await editor.GotoAsync("/backoffice/schedules");
        await Assertions.Expect(editor.Locator("#upcoming-title + .table-scroll tbody")).ToContainTextAsync($"{day} 09:00 Baku time");
        await editor.GotoAsync(item);
        await Assertions.Expect(editor.Locator(".item-schedules")).ToContainTextAsync($"Publish (Russian): {day} 09:00 Baku time, set by Aysel Məmmədova");
        await Assertions.Expect(editor.GetByRole(AriaRole.Tab, new() { Name = "Russian" })).ToContainTextAsync("scheduled");
        await BackofficeSessions.CheckAsync(editor, "editor with a schedule");

        // Reports need review: her own publish dialog asks for the reason of a force publish; she closes it.
        await editor.GetByRole(AriaRole.Button, new() { Name = "Publish…" }).ClickAsync();
        var publish = editor.GetByRole(AriaRole.Dialog, new() { Name = "Publish" });
        await Assertions.Expect(publish).ToContainTextAsync("Publishing it now is a force publish");
        await Assertions.Expect(publish.GetByLabel("Reason for publishing without review")).ToBeVisibleAsync();
        await BackofficeSessions.CheckAsync(editor, "publish dialog with a force reason");
        await editor.Keyboard.PressAsync("Escape");
        await Assertions.Expect(publish).ToBeHiddenAsync();

        // Her own schedule picker, in the editor: the zone is named and the choice read back in Baku time.
        await editor.ById("schedule-culture").SelectOptionAsync("az");
        await editor.GetByLabel("Unpublish", new() { Exact = true }).CheckAsync();
        await editor.ById("schedule").FillAsync($"{day}T18:30");
        await editor.ById("schedule").DispatchEventAsync("change");
        await Assertions.Expect(editor.Locator("#schedule-read-back")).ToContainTextAsync("18:30 Baku time (UTC+04:00)");
        await Assertions.Expect(editor.Locator("#schedule-hint")).ToContainTextAsync("Baku time (UTC+04:00), whatever your computer’s zone.");
    }

    [Fact]
    public async Task Two_officers_in_one_meeting_see_each_other_and_a_stale_save_is_merged_without_losing_either_text()
    {
        var aysel = await BackofficeSessions.AdministratorAsync(site, await _contexts.NewAsync(), "presence.aysel@ombudsman.test", "Aysel Rzayeva", Password);
        var rashad = await BackofficeSessions.AddUserAsync(aysel, await _contexts.NewAsync(), "Rəşad Nəbiyev", "presence.rashad@ombudsman.test", "Editor: publish, unpublish, schedule, delete, restore", Password);

        await aysel.GotoAsync("/backoffice/content/meeting/new");
        await aysel.Locator("#title").FillAsync("Ombudsman Gürcüstan həmkarı ilə görüşdü");
        await aysel.Locator("#title").PressAsync("Enter");
        await aysel.ById("az.title").WaitForAsync();
        var item = new Uri(aysel.Url).AbsolutePath;
        await rashad.GotoAsync(item);
        await rashad.ById("az.title").WaitForAsync();

        await Assertions.Expect(aysel.Locator(".presence li")).ToHaveTextAsync("Rəşad Nəbiyev is editing (Azerbaijani)");
        await Assertions.Expect(rashad.Locator(".presence li")).ToHaveTextAsync("Aysel Rzayeva is editing (Azerbaijani)");
        await BackofficeSessions.CheckAsync(rashad, "editor with presence");

        // The list says so too.
        var list = await (await _contexts.NewAsync()).NewPageAsync();
        await BackofficeSessions.SignInAsync(list, "presence.rashad@ombudsman.test", Password);
        await list.WaitForURLAsync("**/backoffice");
        await list.GotoAsync("/backoffice/content/meeting");
        await Assertions.Expect(list.Locator(".presence-note").First).ToContainTextAsync("is editing (Azerbaijani)");

        await aysel.ById("az.title").FillAsync("Ombudsman Gürcüstanın Xalq Müdafiəçisi ilə görüşdü");
        await aysel.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await aysel.GetByText("Saved as version 2").WaitForAsync();

        await rashad.ById("az.title").FillAsync("Ombudsman Tbilisidə Gürcüstan həmkarı ilə görüşdü");
        await rashad.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(rashad.Locator(".conflict")).ToContainTextAsync("Aysel Rzayeva saved version 2");
        var merge = rashad.Locator(".merge"); // opened by the stale save itself
        await Assertions.Expect(merge).ToContainTextAsync("Ombudsman Tbilisidə Gürcüstan həmkarı ilə görüşdü");
        await Assertions.Expect(merge).ToContainTextAsync("Ombudsman Gürcüstanın Xalq Müdafiəçisi ilə görüşdü");
        await BackofficeSessions.CheckAsync(rashad, "merge view");
        await merge.GetByLabel("Write it myself").CheckAsync();
        await merge.Locator("textarea").FillAsync("Ombudsman Tbilisidə Gürcüstanın Xalq Müdafiəçisi ilə görüşdü");
        await merge.GetByRole(AriaRole.Button, new() { Name = "Save the merged text" }).ClickAsync();
        await rashad.GetByText("Merged and saved as version 4.").WaitForAsync();
        await Assertions.Expect(rashad.ById("az.title")).ToHaveValueAsync("Ombudsman Tbilisidə Gürcüstanın Xalq Müdafiəçisi ilə görüşdü");

        // Both originals are in the history.
        var history = await (await _contexts.NewAsync()).NewPageAsync();
        await BackofficeSessions.SignInAsync(history, "presence.rashad@ombudsman.test", Password);
        await history.WaitForURLAsync("**/backoffice");
        await history.GotoAsync($"{item}/history?from=2&to=3");
        await Assertions.Expect(history.Locator("dd[lang=az]").First).ToContainTextAsync("added: Tbilisidə (end)");
        await Assertions.Expect(history.Locator(".versions")).ToContainTextAsync("Merged version 3 into version 2");

        // Aysel takes the item over while Rəşad has typed: he is told, and his text is a version.
        await rashad.ById("az.title").FillAsync("Rəşadın yazdığı başlıq");
        await aysel.ReloadAsync();
        await aysel.ById("az.title").WaitForAsync();
        await aysel.GetByRole(AriaRole.Button, new() { Name = "Take over" }).ClickAsync();
        await aysel.GetByText("You took the item over from Rəşad Nəbiyev.").WaitForAsync();
        await Assertions.Expect(rashad.Locator(".taken-over")).ToContainTextAsync("Aysel Rzayeva took this item over.");
        await Assertions.Expect(rashad.Locator(".taken-over")).ToContainTextAsync("kept as version 5");
        await BackofficeSessions.CheckAsync(rashad, "taken over");
    }

    [Fact]
    public async Task An_administrator_finds_who_unpublished_restores_a_deleted_item_and_sees_a_translation_fall_out_of_date()
    {
        var admin = await BackofficeSessions.AdministratorAsync(site, await _contexts.NewAsync(), "records.admin@ombudsman.test", "Nigar Əhmədova", Password);
        await admin.GotoAsync("/backoffice/content/meeting/new");
        await admin.Locator("#title").FillAsync("Ombudsman uşaq evində olub");
        await admin.Locator("#title").PressAsync("Enter");
        await admin.ById("az.title").WaitForAsync();
        var item = new Uri(admin.Url).AbsolutePath;
        await admin.GetByRole(AriaRole.Tab, new() { Name = "Russian" }).ClickAsync();
        await admin.ById("ru.title").FillAsync("Омбудсмен посетила детский дом");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await admin.GetByText("Saved as version 2").WaitForAsync();
        await Publish(admin, "Publish…", "Publish", "Publish the chosen languages", "Published:");
        await Publish(admin, "Unpublish…", "Unpublish", "Unpublish the chosen languages", "Taken off the site:", "Russian — published");

        // Who unpublished it, and when: the audit trail, filtered by action and day.
        var today = DateTime.UtcNow.AddHours(4).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await admin.GotoAsync($"/backoffice/audit?action=Unpublish&from={today}&to={today}");
        await Assertions.Expect(admin.Locator("#audit-caption + thead + tbody tr").First).ToContainTextAsync("Nigar Əhmədova");
        await Assertions.Expect(admin.Locator("#audit-caption + thead + tbody tr").First).ToContainTextAsync("Unpublished (ru)");

        // The Azerbaijani text changes: the Russian translation is out of date, with what changed.
        await admin.GotoAsync(item);
        await admin.ById("az.title").FillAsync("Ombudsman iki uşaq evində olub");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await admin.GetByText("Saved as version 3").WaitForAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Tab, new() { Name = "Russian" })).ToContainTextAsync("out of date");
        await admin.GetByRole(AriaRole.Tab, new() { Name = "Russian" }).ClickAsync();
        await Assertions.Expect(admin.Locator(".out-of-date dd[lang=az]").First).ToContainTextAsync("added: iki (end)");
        await BackofficeSessions.CheckAsync(admin, "editor with an out-of-date translation");
        await admin.GotoAsync("/backoffice/content/meeting");
        await Assertions.Expect(admin.Locator("tbody tr", new() { HasText = "Ombudsman iki uşaq evində olub" })).ToContainTextAsync("out of date");
        await admin.GotoAsync("/backoffice");
        await Assertions.Expect(admin.Locator("#dash-out-of-date + ul")).ToContainTextAsync("out of date: Russian");
        await admin.GotoAsync(item);
        await admin.GetByRole(AriaRole.Tab, new() { Name = "Russian" }).ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Mark as up to date" }).ClickAsync();
        await admin.GetByText("The Russian translation is marked as up to date.").WaitForAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Tab, new() { Name = "Russian" })).Not.ToContainTextAsync("out of date");

        // Deleted, then restored from the recycle bin: the address answers again.
        var visitor = await (await _contexts.NewAsync()).NewPageAsync();
        await visitor.GotoAsync("/az/gorusler");
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Ombudsman uşaq evində olub" }).ClickAsync();
        var address = new Uri(visitor.Url).AbsolutePath;
        await admin.GetByRole(AriaRole.Button, new() { Name = "Move to the recycle bin…" }).ClickAsync();
        await admin.GetByRole(AriaRole.Dialog, new() { Name = "Move to the recycle bin" }).GetByRole(AriaRole.Button, new() { Name = "Move to the recycle bin" }).ClickAsync();
        await admin.WaitForURLAsync("**/backoffice/content/meeting?deleted=true");
        await StatusSoonAsync(visitor, address, 410);
        var gone = await visitor.GotoAsync(address);
        Assert.Equal(410, gone!.Status);
        Assert.Equal("no-cache", gone.Headers["cache-control"]);
        await admin.GotoAsync("/backoffice/recycle-bin");
        await BackofficeSessions.CheckAsync(admin, "recycle bin with an item");
        await admin.Locator("tr", new() { HasText = "Ombudsman iki uşaq evində olub" }).GetByRole(AriaRole.Button, new() { Name = "Restore" }).ClickAsync();
        await admin.GetByText("Restored").First.WaitForAsync();
        await StatusSoonAsync(visitor, address, 200);

        // The same browser that saw it gone asks again and gets the page: it kept no "gone".
        var back = await visitor.GotoAsync(address);
        Assert.Equal(200, back!.Status);
        await Assertions.Expect(visitor.Locator("h1")).ToHaveTextAsync("Ombudsman uşaq evində olub"); // the published text, as it was
    }

    public ValueTask DisposeAsync() => _contexts.DisposeAsync();

    /// <summary>The public site applies editorial writes from the journal within a second or so: asks again (outside the browser's cache) until it answers <paramref name="status"/>.</summary>
    private static async Task StatusSoonAsync(IPage page, string address, int status)
    {
        var answered = 0;
        for (var attempt = 0; attempt < 20 && answered != status; attempt++)
        {
            answered = (await page.Context.APIRequest.GetAsync(address, new() { MaxRedirects = 0 })).Status; // past the browser's cache
            if (answered != status)
            {
                await page.WaitForTimeoutAsync(250);
            }
        }

        Assert.Equal(status, answered);
    }

    private static async Task Publish(IPage page, string button, string dialogName, string confirm, string done, string? only = null)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = dialogName });
        await dialog.WaitForAsync();
        if (only is not null)
        {
            await dialog.GetByLabel(only).CheckAsync();
        }

        await dialog.GetByRole(AriaRole.Button, new() { Name = confirm }).ClickAsync();
        await page.GetByText(done).First.WaitForAsync();
    }
}
