using Microsoft.Playwright;
using OmbudsmanSite.EndToEnd.Tests.Support;

namespace OmbudsmanSite.EndToEnd.Tests.Backoffice;

/// <summary>
/// "Everything works by keyboard": a meeting created, translated and published in Debian's chromium
/// with keys alone. Every control is reached with Tab (or the arrows inside a widget) from where the
/// previous step left the focus, and worked with Enter, Space and typing; nothing is clicked.
/// </summary>
[Collection(PublishedSiteTestGroup.Name)]
public sealed class KeyboardOnlyJourneyTests(PublishedSite site, Browser browser) : IAsyncDisposable
{
    private const string Password = "Qəbələ meşələrində payız";
    private const int MaxTabs = 250;
    private readonly BrowserContexts _contexts = new(browser, site);

    [Fact]
    public async Task An_officer_creates_translates_and_publishes_a_meeting_with_the_keyboard_alone()
    {
        var page = await BackofficeSessions.AdministratorAsync(site, await _contexts.NewAsync(), "keyboard.officer@ombudsman.test", "Tural Həsənov", Password);
        await page.GotoAsync("/backoffice/content/meeting");

        await TabToAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "New meeting" }));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/backoffice/content/meeting/new");
        await TabToAsync(page, page.Locator("#title"));
        await page.Keyboard.TypeAsync("Ombudsman Gəncədə vətəndaşları qəbul etdi");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/backoffice/content/*-*-*?culture=az");
        await page.ById("az.title").WaitForAsync();

        // Shared fields, in the order Tab reaches them.
        await TabToAsync(page, page.ById("date"));
        await TypeDateTimeAsync(page, new DateTime(2026, 11, 21, 10, 30, 0));
        Assert.Equal("2026-11-21T10:30", await page.ById("date").InputValueAsync());
        await TabToAsync(page, page.ById("meeting.format"));
        await page.Keyboard.PressAsync("ArrowDown");
        await TabToAsync(page, page.ById("meeting.location.az"));
        await page.Keyboard.TypeAsync("Gəncə");
        await TabToAsync(page, page.Locator("#topics-search"));
        await page.Keyboard.TypeAsync("Cooperation");
        await TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Add International cooperation" }));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Remove International cooperation" })).ToBeVisibleAsync();

        // A participant created in place, then moved by keys; focus stays on the moved row.
        await TabToAsync(page, page.Locator("#participant-add-search"));
        await page.Keyboard.TypeAsync("Chungong");
        await TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Add Martin Chungong" }));
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#participant-add-search").FocusAsync(); // where a screen-reader user returns to add the next one
        await page.Keyboard.TypeAsync("Elnur Qasımov");
        await TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Create the person “Elnur Qasımov”" }));
        await page.Keyboard.PressAsync("Enter");
        await page.GetByText("Elnur Qasımov added as participant 2.").WaitForAsync();
        await TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Move up: Elnur Qasımov" }));
        await page.Keyboard.PressAsync("Enter");
        await page.GetByText("Elnur Qasımov is now participant 1 of 2.").WaitForAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Move down: Elnur Qasımov" })).ToBeFocusedAsync(); // first now: "up" is gone, the focus stays on her row

        // The body, typed into the rich-text editor, with a bold word by its shortcut.
        await TabToAsync(page, page.ById("az.body"));
        await page.Keyboard.TypeAsync("Vətəndaşların müraciətləri dinlənildi. ");
        await page.Keyboard.PressAsync("Control+B");
        await page.Keyboard.TypeAsync("Qırx");
        await page.Keyboard.PressAsync("Control+B");
        await page.Keyboard.TypeAsync(" nəfər qəbul edildi.");
        await TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }));
        await page.Keyboard.PressAsync("Enter");
        await page.GetByText("Saved as version 2").WaitForAsync();

        // English: from the selected culture tab, the arrow keys move to the next one.
        await TabToAsync(page, page.GetByRole(AriaRole.Tab, new() { Name = "Azerbaijani" }), backwards: true);
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(page.GetByRole(AriaRole.Tab, new() { Name = "English" })).ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(page.GetByRole(AriaRole.Tab, new() { Name = "English" })).ToBeFocusedAsync();
        await TabToAsync(page, page.ById("en.title"));
        await page.Keyboard.TypeAsync("The Ombudsman received citizens in Ganja");
        await TabToAsync(page, page.ById("en.body"));
        await page.Keyboard.TypeAsync("Forty people were received.");
        await TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }));
        await page.Keyboard.PressAsync("Enter");
        await page.GetByText("Saved as version 3").WaitForAsync();

        // Publish both: the dialog takes the focus, Space ticks, Enter publishes.
        await TabToAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Publish…" }));
        await page.Keyboard.PressAsync("Enter");
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Publish" });
        await dialog.WaitForAsync();
        Assert.True(await dialog.EvaluateAsync<bool>("d => d.contains(document.activeElement)"), "the dialog did not take the focus");
        var russian = dialog.GetByLabel("Russian — not created");
        if (await russian.CountAsync() > 0 && await russian.IsCheckedAsync())
        {
            await TabToAsync(page, russian);
            await page.Keyboard.PressAsync("Space");
        }

        Assert.True(await dialog.GetByLabel("Azerbaijani — draft").IsCheckedAsync());
        Assert.True(await dialog.GetByLabel("English — draft").IsCheckedAsync());
        await TabToAsync(page, dialog.GetByRole(AriaRole.Button, new() { Name = "Publish the chosen languages" }));
        await page.Keyboard.PressAsync("Enter");
        await page.GetByText("Published: Azerbaijani, English.").WaitForAsync();

        var visitor = await (await _contexts.NewAsync()).NewPageAsync();
        await visitor.GotoAsync("/en/meetings");
        await TabToAsync(visitor, visitor.GetByRole(AriaRole.Link, new() { Name = "The Ombudsman received citizens in Ganja" }));
        await visitor.Keyboard.PressAsync("Enter");
        await Assertions.Expect(visitor.Locator("h1")).ToHaveTextAsync("The Ombudsman received citizens in Ganja");
        await Assertions.Expect(visitor.Locator("main")).ToContainTextAsync("Elnur Qasımov");
        await Assertions.Expect(visitor.Locator("main")).ToContainTextAsync("21 November 2026");
        await TabToAsync(visitor, visitor.GetByRole(AriaRole.Link, new() { Name = "Azərbaycan" }), backwards: true);
        await visitor.Keyboard.PressAsync("Enter");
        await Assertions.Expect(visitor.Locator("h1")).ToHaveTextAsync("Ombudsman Gəncədə vətəndaşları qəbul etdi");
        await Assertions.Expect(visitor.Locator("main strong")).ToHaveTextAsync("Qırx");
    }

    public ValueTask DisposeAsync() => _contexts.DisposeAsync();

    /// <summary>Presses Tab (or Shift+Tab) until the target has the focus; fails when it cannot be reached.</summary>
    private static async Task TabToAsync(IPage page, ILocator target, bool backwards = false)
    {
        await target.WaitForAsync();
        for (var presses = 0; presses < MaxTabs; presses++)
        {
            if (await target.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                return;
            }

            await page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
        }

        Assert.Fail($"{target} was not reached in {MaxTabs} presses of Tab; the focus is on {await FocusedNameAsync(page)}");
    }

    /// <summary>
    /// Types a date and time into the focused datetime-local field, segment by segment. Chromium lays
    /// the segments out in its process locale's order (not the page's), so a scratch date field finds
    /// the order first; with a 12-hour clock the period is typed too.
    /// </summary>
    private static async Task TypeDateTimeAsync(IPage page, DateTime value)
    {
        var field = await page.EvaluateHandleAsync("() => document.activeElement");
        await page.EvaluateAsync("() => { const probe = document.createElement('input'); probe.type = 'date'; probe.id = 'order-probe'; document.body.append(probe); probe.focus(); }");
        await page.Keyboard.TypeAsync("02032026");
        var monthFirst = await page.EvaluateAsync<string>("() => document.getElementById('order-probe').value") == "2026-02-03";
        await page.EvaluateAsync("() => document.getElementById('order-probe').remove()");
        await ((IElementHandle)field).FocusAsync();

        var culture = System.Globalization.CultureInfo.InvariantCulture;
        await page.Keyboard.TypeAsync(monthFirst ? value.ToString("MMddyyyy", culture) : value.ToString("ddMMyyyy", culture));
        await page.Keyboard.PressAsync("Tab"); // a year takes up to six digits, so the field does not move on by itself
        if (monthFirst)
        {
            await page.Keyboard.TypeAsync(value.ToString("hhmm", culture));
            await page.Keyboard.TypeAsync(value.Hour < 12 ? "A" : "P");
        }
        else
        {
            await page.Keyboard.TypeAsync(value.ToString("HHmm", culture));
        }
    }

    private static Task<string> FocusedNameAsync(IPage page) =>
        page.EvaluateAsync<string>("() => { const e = document.activeElement; return (e?.getAttribute('aria-label') || e?.textContent || e?.id || e?.tagName || '').trim(); }");
}
