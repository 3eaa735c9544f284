using Microsoft.Playwright;
using OmbudsmanSite.EndToEnd.Tests.Support;

namespace OmbudsmanSite.EndToEnd.Tests.Backoffice;

/// <summary>
/// The workspace in Debian's chromium: a sidebar of the sections a user may use, the top bar's search
/// (Ctrl+K, grouped results, a pasted public address opening its item) and account menu, the narrow
/// screen's menu button; and the visual regression set of each page kind at two sizes.
/// </summary>
[Collection(PublishedSiteTestGroup.Name)]
public sealed class WorkspaceJourneyTests(PublishedSite site, Browser browser) : IAsyncDisposable
{
    private const string Password = "Şəki sarayının şəbəkələri";
    private const string NewsPhoto = "0e5a1f00-0000-4000-8000-0000000000a1"; // tests/TestData/uSync/Media/News/fixture-news-photo.yaml
    private readonly BrowserContexts _contexts = new(browser, site);

    [Fact]
    public async Task The_sidebar_top_bar_and_search_serve_each_user_and_every_page_kind_looks_as_kept()
    {
        var admin = await BackofficeSessions.AdministratorAsync(site, await _contexts.NewAsync(), "workspace.admin@ombudsman.test", "Aysel Quliyeva", Password);
        await admin.SetViewportSizeAsync(1366, 768);
        var nav = admin.GetByRole(AriaRole.Navigation, new() { Name = "Backoffice" });
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Dashboard" })).ToHaveAttributeAsync("aria-current", "page");
        foreach (var section in new[] { "Meetings", "News", "Media", "Review", "Schedules", "Redirects", "Recycle bin", "Users", "Audit trail" })
        {
            await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = section })).ToBeVisibleAsync();
        }

        await BackofficeSessions.CheckAsync(admin, "dashboard");
        await VisualBaseline.MatchAsync(admin, "dashboard");

        // A writer sees the content and workflow sections, not the site's administration.
        var writer = await BackofficeSessions.AddUserAsync(admin, await _contexts.NewAsync(), "Nigar Əsgərova", "workspace.writer@ombudsman.test", "Writer", Password);
        var writerNav = writer.GetByRole(AriaRole.Navigation, new() { Name = "Backoffice" });
        await Assertions.Expect(writerNav.GetByRole(AriaRole.Link, new() { Name = "Meetings" })).ToBeVisibleAsync();
        foreach (var hidden in new[] { "Users", "Audit trail", "Redirects", "Recycle bin" })
        {
            await Assertions.Expect(writerNav.GetByRole(AriaRole.Link, new() { Name = hidden })).ToHaveCountAsync(0);
        }

        // Ctrl+K goes to the search box; results come grouped, each a link.
        await admin.GotoAsync("/backoffice/content/meeting");
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Meetings" })).ToHaveAttributeAsync("aria-current", "page");
        await BackofficeSessions.CheckAsync(admin, "meetings list");
        await VisualBaseline.MatchAsync(admin, "list");
        await admin.Keyboard.PressAsync("Control+K");
        await Assertions.Expect(admin.Locator("#bo-search-q")).ToBeFocusedAsync();
        await admin.Keyboard.TypeAsync("Ymeri");
        await admin.Keyboard.PressAsync("Enter");
        await admin.WaitForURLAsync("**/backoffice/search?q=Ymeri");
        var items = admin.GetByRole(AriaRole.Region, new() { Name = "Items" });
        await Assertions.Expect(items.GetByRole(AriaRole.Link, new() { Name = "Ombudsman Office meets UN international development consultant Sabina Ymeri" })).ToBeVisibleAsync();
        await BackofficeSessions.CheckAsync(admin, "search results");
        await VisualBaseline.MatchAsync(admin, "search");

        // A public address pasted into the search opens its item's editor.
        var visitor = await (await _contexts.NewAsync()).NewPageAsync();
        await visitor.GotoAsync("/en/meetings");
        var href = await visitor.GetByRole(AriaRole.Link, new() { Name = "Ombudsman Office meets UN international development consultant Sabina Ymeri" }).GetAttributeAsync("href");
        await admin.Locator("#bo-search-q").FillAsync(new Uri(site.BaseAddress, href).ToString());
        await admin.Keyboard.PressAsync("Enter");
        await admin.WaitForURLAsync("**/backoffice/content/*-*-*-*-*");
        await Assertions.Expect(admin.Locator("h1")).ToContainTextAsync("Sabina Ymeri");

        // The editor at 1366×768: title, summary and the body's start above the fold; details beside;
        // the toolbar one row with the rest behind "More"; counts, and each field in its language.
        var title = admin.ById("az.title");
        await title.WaitForAsync();
        var body = admin.ById("az.body");
        await body.WaitForAsync();
        foreach (var field in new[] { title, admin.ById("az.summary"), body })
        {
            var box = await field.BoundingBoxAsync();
            Assert.True(box is not null && box.Y + 24 < 768, $"{await field.GetAttributeAsync("id")} starts at {box?.Y} px, below the fold");
        }

        Assert.Equal(("az", "true"), (await title.GetAttributeAsync("lang"), await title.GetAttributeAsync("spellcheck")));
        Assert.Equal(("az", "true"), (await body.GetAttributeAsync("lang"), await body.GetAttributeAsync("spellcheck")));
        var side = await admin.Locator(".editor-side").BoundingBoxAsync();
        Assert.True(side!.X > (await title.BoundingBoxAsync())!.X + 300, "the details are a column beside the text");
        var toolbar = admin.GetByRole(AriaRole.Toolbar, new() { Name = "Formatting" });
        var bold = await toolbar.GetByRole(AriaRole.Button, new() { Name = "Bold" }).BoundingBoxAsync();
        Assert.True((await toolbar.BoundingBoxAsync())!.Height < bold!.Height * 2, "the toolbar is one row");
        await Assertions.Expect(toolbar.GetByRole(AriaRole.Button, new() { Name = "Table", Exact = true })).ToBeHiddenAsync();
        await toolbar.GetByRole(AriaRole.Button, new() { Name = "More formatting" }).ClickAsync();
        await Assertions.Expect(toolbar.GetByRole(AriaRole.Button, new() { Name = "Table", Exact = true })).ToBeVisibleAsync();
        Assert.True(await admin.EvaluateAsync<bool>("document.activeElement.closest('.rich-text-more-menu') !== null"), "the menu's first button has the focus");
        await admin.Keyboard.PressAsync("Escape");
        await Assertions.Expect(toolbar.GetByRole(AriaRole.Button, new() { Name = "More formatting" })).ToBeFocusedAsync();
        await Assertions.Expect(toolbar.GetByRole(AriaRole.Button, new() { Name = "Table", Exact = true })).ToBeHiddenAsync();
        await Assertions.Expect(admin.ById("az.body-counts")).ToContainTextAsync("Reading time:");
        await BackofficeSessions.CheckAsync(admin, "editor");
        await VisualBaseline.MatchAsync(admin, "editor");

        // The language beside reads as the public page does: the body rendered, not its HTML.
        await admin.Locator("#beside").SelectOptionAsync("en");
        var beside = admin.Locator(".culture-fields[lang=en] .rendered-body");
        await Assertions.Expect(beside.Locator("p").First).ToBeVisibleAsync();
        Assert.DoesNotContain("<p>", await beside.InnerTextAsync(), StringComparison.Ordinal);

        // Duplicate: a new draft in every language, opened at once; then the copy goes to the recycle
        // bin by the list's bulk action, behind a confirmation that names it.
        await admin.GetByRole(AriaRole.Button, new() { Name = "Duplicate" }).ClickAsync();
        await admin.WaitForURLAsync("**/backoffice/content/*?duplicated=true");
        await Assertions.Expect(admin.GetByText("This is a copy, a new draft in every language the original had.")).ToBeVisibleAsync();
        var copy = admin.Url.Split('/')[^1].Split('?')[0];
        await admin.GotoAsync("/backoffice/content/meeting?words=Ymeri");
        Assert.Equal(2, await admin.Locator("tbody tr").CountAsync());
        await admin.Locator($"#select-{Guid.Parse(copy):N}").CheckAsync();
        await admin.Locator("#bulk-action").SelectOptionAsync("Delete");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Review the selection…" }).ClickAsync();
        var confirmation = admin.GetByRole(AriaRole.Region, new() { Name = "Move 1 item(s) to the recycle bin?" });
        await Assertions.Expect(confirmation.GetByText("Ombudsman Office meets UN international development consultant Sabina Ymeri")).ToBeVisibleAsync();
        await BackofficeSessions.CheckAsync(admin, "bulk confirmation");
        await confirmation.GetByRole(AriaRole.Button, new() { Name = "Move them to the recycle bin" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Moved to the recycle bin: 1 of 1" })).ToBeVisibleAsync();
        Assert.Equal(1, await admin.Locator("tbody tr").CountAsync());
        await admin.GotoAsync($"/backoffice/content/{copy}");

        // The account menu holds language, two-factor and sign out; Escape closes it.
        var account = admin.Locator(".account-menu summary");
        await account.ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Link, new() { Name = "Two-factor sign-in" })).ToBeVisibleAsync();
        await admin.Keyboard.PressAsync("Escape");
        await Assertions.Expect(admin.GetByRole(AriaRole.Button, new() { Name = "Sign out", Exact = true })).ToBeHiddenAsync();

        // Below 900 px the sidebar waits behind the menu button.
        await admin.SetViewportSizeAsync(390, 844);
        await admin.GotoAsync("/backoffice");
        var menu = admin.GetByRole(AriaRole.Button, new() { Name = "Menu" });
        await Assertions.Expect(nav).ToBeHiddenAsync();
        await menu.ClickAsync();
        await Assertions.Expect(menu).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(nav).ToBeVisibleAsync();
        await BackofficeSessions.CheckAsync(admin, "dashboard, menu open");

        foreach (var (kind, address) in new[]
        {
            ("media", "/backoffice/media"), ("review", "/backoffice/review"), ("users", "/backoffice/users"),
            ("schedules", "/backoffice/schedules"), ("account", "/backoffice/account"), ("recycle-bin", "/backoffice/recycle-bin"),
            ("redirects", "/backoffice/redirects"), ("audit", "/backoffice/audit"), ("api-keys", "/backoffice/api-keys"),
        })
        {
            await admin.SetViewportSizeAsync(1366, 768);
            await admin.GotoAsync(address);
            await BackofficeSessions.CheckAsync(admin, kind);
            await VisualBaseline.MatchAsync(admin, kind);
        }

        // The checks report lists the fixtures' findings; it is checked like every page (its picture changes with them).
        await admin.GotoAsync("/backoffice/checks");
        await Assertions.Expect(admin.Locator(".checks-report .check-findings li").First).ToBeVisibleAsync();
        await BackofficeSessions.CheckAsync(admin, "checks report");

        // A focal point set by a click changes the crops: the card in the media page's previews and on
        // the public news list. Put back afterwards: other tests read this image's addresses.
        await admin.SetViewportSizeAsync(1366, 768);
        await admin.GotoAsync($"/backoffice/media/{NewsPhoto}");
        var card = admin.Locator("img[data-crop=CropCard]");
        var centred = await card.GetAttributeAsync("src");
        Assert.DoesNotContain("rxy=", centred, StringComparison.Ordinal);
        await BackofficeSessions.CheckAsync(admin, "media item");
        await VisualBaseline.MatchAsync(admin, "media-item");
        await admin.Locator("input[type=image]").ClickAsync(new() { Position = new() { X = 40, Y = 30 } });
        await admin.WaitForURLAsync("**?focused=true*");
        var focused = await admin.Locator("img[data-crop=CropCard]").GetAttributeAsync("src");
        Assert.Matches(@"rxy=0\.0\d+,0\.0\d+", focused);
        var reader = await (await _contexts.NewAsync()).NewPageAsync();
        await reader.GotoAsync("/en/news");
        Assert.Contains("rxy=", await reader.Locator("picture.summary__image img").First.GetAttributeAsync("srcset"), StringComparison.Ordinal);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Back to the centre" }).ClickAsync();
        await admin.WaitForURLAsync("**?focused=true*");
        Assert.Equal(centred, await admin.Locator("img[data-crop=CropCard]").GetAttributeAsync("src"));

        var signedOut = await (await _contexts.NewAsync()).NewPageAsync();
        await signedOut.GotoAsync("/backoffice/sign-in");
        await VisualBaseline.MatchAsync(signedOut, "sign-in");
    }

    [Fact]
    public async Task An_internal_link_follows_its_items_address_and_turns_into_words_when_the_item_is_unpublished()
    {
        var admin = await BackofficeSessions.AdministratorAsync(site, await _contexts.NewAsync(), "links.admin@ombudsman.test", "Rəna Kərimova", Password);
        var target = await NewPublishedMeetingAsync(admin, "Qusarda vətəndaşların qəbulu");
        var targetEditor = admin.Url;

        // The link button's "item of this site": found by a word of its title, stored by id.
        await admin.GotoAsync("/backoffice/content/meeting/new");
        await admin.Locator("#title").FillAsync("Keçidli görüş Xaçmazda");
        await admin.Locator("#title").PressAsync("Enter");
        var body = admin.ById("az.body");
        await body.WaitForAsync();
        await body.ClickAsync();
        await admin.Keyboard.TypeAsync("Bax: qəbul haqqında");
        for (var letter = 0; letter < "qəbul haqqında".Length; letter++)
        {
            await admin.Keyboard.PressAsync("Shift+ArrowLeft");
        }

        await admin.Keyboard.PressAsync("Control+K");
        await admin.ById("az.body-link-find").FillAsync("Qusarda");
        await admin.Locator(".link-targets button", new() { HasText = "Qusarda vətəndaşların qəbulu" }).ClickAsync();
        await Assertions.Expect(body.Locator("a")).ToHaveTextAsync("qəbul haqqında");
        await body.ClickAsync();
        await admin.Keyboard.PressAsync("End");
        await admin.Keyboard.TypeAsync(" yazılıb.");
        await BackofficeSessions.CheckAsync(admin, "editor with an internal link");
        var linking = await PublishAsync(admin);

        var visitor = await (await _contexts.NewAsync()).NewPageAsync();
        await visitor.GotoAsync(linking);
        Assert.Equal(target, await visitor.Locator(".item__body a").GetAttributeAsync("href"));

        // The target's address changes: the link follows at once.
        await admin.GotoAsync(targetEditor);
        await admin.ById("az.slug").FillAsync("qusar-qebulu");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await admin.GetByText("New address saved (Azerbaijani)").First.WaitForAsync();
        await UntilAsync(visitor, linking, async () => (await visitor.Locator(".item__body a").GetAttributeAsync("href"))?.EndsWith("/qusar-qebulu", StringComparison.Ordinal) == true);

        // Unpublished: its words stay on the page as plain text, never a dead link; the editor warns.
        await admin.GetByRole(AriaRole.Button, new() { Name = "Unpublish…" }).ClickAsync();
        var dialog = admin.GetByRole(AriaRole.Dialog, new() { Name = "Unpublish" });
        await dialog.GetByLabel("Azerbaijani — published").CheckAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Unpublish the chosen languages" }).ClickAsync();
        await admin.GetByText("Taken off the site:").First.WaitForAsync();
        await UntilAsync(visitor, linking, async () => await visitor.Locator(".item__body a").CountAsync() == 0);
        Assert.Contains("qəbul haqqında", await visitor.Locator(".item__body").InnerTextAsync(), StringComparison.Ordinal);
        await admin.GotoAsync("/backoffice/search?q=Xa%C3%A7mazda");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Keçidli görüş Xaçmazda" }).ClickAsync();
        await Assertions.Expect(admin.ById("az.body-links")).ToContainTextAsync("is not published");
    }

    /// <summary>A new meeting titled so, published in az by the dialog; returns its public path.</summary>
    private async Task<string> NewPublishedMeetingAsync(IPage page, string title)
    {
        await page.GotoAsync("/backoffice/content/meeting/new");
        await page.Locator("#title").FillAsync(title);
        await page.Locator("#title").PressAsync("Enter");
        await page.ById("az.title").WaitForAsync();
        return new Uri(await PublishAsync(page)).AbsolutePath;
    }

    /// <summary>Publishes the open item in the languages the dialog offers; returns its az public address (absolute).</summary>
    private async Task<string> PublishAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish…" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Publish" });
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Publish the chosen languages" }).ClickAsync();
        await page.GetByText("Published:").First.WaitForAsync();
        var path = (await page.ById("az.slug-url").Locator("code").First.TextContentAsync())!.Trim();
        return new Uri(site.BaseAddress, path).ToString();
    }

    /// <summary>Reloads a public page until <paramref name="holds"/> (the journal reaches the caches within a second or so).</summary>
    private static async Task UntilAsync(IPage page, string address, Func<Task<bool>> holds)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            await page.GotoAsync(address);
            if (await holds())
            {
                return;
            }

            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(15), $"{address} did not change in 15 s");
            await Task.Delay(250);
        }
    }

    public ValueTask DisposeAsync() => _contexts.DisposeAsync();
}
