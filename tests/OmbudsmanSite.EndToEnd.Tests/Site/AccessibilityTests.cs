using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using OmbudsmanSite.EndToEnd.Tests.Support;

namespace OmbudsmanSite.EndToEnd.Tests.Site;

/// <summary>Every template in every language, checked in a real browser against WCAG 2.0, 2.1 and 2.2 A and AA.</summary>
[Collection(PublishedSiteTestGroup.Name)]
public sealed class AccessibilityTests(PublishedSite site, Browser browser) : IAsyncDisposable
{
    private readonly List<IBrowserContext> _contexts = [];

    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

    public static TheoryData<string, string> Templates()
    {
        var data = new TheoryData<string, string>();
        foreach (var (template, az, en, ru) in new[]
                 {
                     ("home", "/az", "/en", "/ru"),
                     ("meetings list", "/az/gorusler", "/en/meetings", "/ru/vstrechi"),
                     ("filtered list", "/az/gorusler?organisation=ohchr&year=2021", "/en/meetings?organisation=ohchr&year=2021", "/ru/vstrechi?organisation=ohchr&year=2021"),
                     ("news list", "/az/xeberler", "/en/news", "/ru/novosti"),
                     ("reports list", "/az/hesabatlar", "/en/reports", "/ru/doklady"),
                     ("meeting", "/az/gorusler/ombudsman-bir-sira-qht-rehberleri-ve-huquq-mudafiecileri-ile-onlayn-gorus", "/en/meetings/ombudsman-held-an-online-meeting-with-several-ngo-directors-and-human-rights", "/ru/vstrechi/ombudsmen-provela-onlain-vstrechu-s-rukovoditeliami-riada-npo-i"),
                     ("news", "/az/xeberler/test-xeberi-huquqi-maariflendirme", "/en/news/test-news-legal-awareness", null!),
                     ("report", "/az/hesabatlar/test-illik-hesabati-2024", "/en/reports/test-annual-report-2024", "/ru/doklady/testovyi-ezhegodnyi-doklad-2024"),
                     ("page", "/az/test-sehifesi", "/en/test-page", "/ru/testovaia-stranitsa"),
                     ("not found", "/az/yoxdur", "/en/missing", "/ru/net-takoi"),
                     ("search", "/az/axtaris?q=g%C3%B6r%C3%BC%C5%9F", "/en/search?q=Aliyeva&all=1", "/ru/poisk?q=%D0%B2%D1%81%D1%82%D1%80%D0%B5%D1%87%D0%B0"),
                     ("search with filters", "/az/axtaris?q=ombudsman&type=meeting&format=videoconference", "/en/search?type=meeting&from=2024-01-01&to=2024-12-31&sort=newest", "/ru/poisk?q=xyzzy"),
                 })
        {
            data.Add(template, az);
            data.Add(template, en);
            if (ru is not null)
            {
                data.Add(template, ru);
            }
        }

        return data;
    }

    /// <summary>One page load per template and language: axe at desktop width, then reflow at 320 CSS px.</summary>
    [Theory]
    [MemberData(nameof(Templates))]
    public async Task Template_has_no_wcag_a_or_aa_violations_and_reflows_at_320px(string template, string path)
    {
        var page = await browser.SharedPageAsync(nameof(AccessibilityTests), site.BaseAddress);
        await page.SetViewportSizeAsync(1280, 900);
        var response = await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.Equal(template == "not found" ? 404 : 200, response!.Status);

        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
            ResultTypes = [ResultType.Violations],
        });
        await page.SetViewportSizeAsync(320, 640);
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");

        Assert.True(result.Violations.Length == 0, $"{template} {path}:\n" + string.Join("\n", result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        Assert.True(scrollWidth <= 320, $"{template} {path} is {scrollWidth}px wide at a 320px viewport");
    }

    [Fact]
    public async Task Keyboard_only_reader_reaches_a_meeting_and_its_translation()
    {
        var page = await OpenAsync("/en");

        await TabUntilAsync(page, "document.activeElement.closest('#meetings-heading ~ .summary-list') !== null");
        await FollowFocusedLinkAsync(page, "**/en/meetings/**");
        await TabUntilAsync(page, "document.activeElement.getAttribute('hreflang') === 'ru'");
        await FollowFocusedLinkAsync(page, "**/ru/vstrechi/**");

        Assert.Equal("ru", await page.Locator("html").GetAttributeAsync("lang"));
        var outline = await page.EvaluateAsync<string>("getComputedStyle(document.activeElement || document.body).outlineStyle");
        Assert.NotNull(outline);
    }

    [Fact]
    public async Task Suggestions_are_a_keyboard_combobox_that_leads_to_the_item()
    {
        var page = await OpenAsync("/en");
        var box = page.Locator("#site-search-words");

        await box.FocusAsync();

        // The answer for the whole word: one for a prefix typed on a slow machine may come first.
        await page.RunAndWaitForResponseAsync(
            () => page.Keyboard.TypeAsync("Chung", new KeyboardTypeOptions { Delay = 40 }),
            response => response.Url.Contains("q=Chung", StringComparison.Ordinal));
        var option = page.Locator("#suggestions-0 [role=option]").First;
        await option.WaitForAsync();
        Assert.Equal("true", await box.GetAttributeAsync("aria-expanded"));
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal(await option.GetAttributeAsync("id"), await box.GetAttributeAsync("aria-activedescendant"));
        Assert.Equal("true", await option.GetAttributeAsync("aria-selected"));

        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] }, ResultTypes = [ResultType.Violations] });
        Assert.True(result.Violations.Length == 0, string.Join("\n", result.Violations.Select(v => $"{v.Id}: {v.Help}")));

        await page.Keyboard.PressAsync("Enter");
        // The page, not its images: a derivative made for the first time can take seconds on a busy machine.
        await page.WaitForURLAsync("**/en/meetings/ombudsman-sabina-aliyeva-receives-inter-parliamentary-union-secretary-general", new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
    }

    [Fact]
    public async Task Search_works_without_javascript()
    {
        var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseAddress.ToString(), JavaScriptEnabled = false });
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/az");

        await page.Locator("#site-search-words").FillAsync("Çunqonq");
        await page.Locator("form.site-search button").ClickAsync();
        await page.WaitForURLAsync("**/az/axtaris?q=*");

        Assert.Contains("Çunqonq", await page.Locator(".search-results mark").First.TextContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Focus_is_visible_on_links()
    {
        var page = await OpenAsync("/en");

        await page.Keyboard.PressAsync("Tab");
        var outline = await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle");

        Assert.NotEqual("none", outline);
    }

    [Fact]
    public async Task Printing_hides_navigation()
    {
        var page = await OpenAsync("/en/meetings/ombudsman-held-an-online-meeting-with-several-ngo-directors-and-human-rights");

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        foreach (var selector in new[] { ".main-nav", ".language-switcher", ".breadcrumbs", ".skip-link", ".site-footer" })
        {
            Assert.False(await page.Locator(selector).IsVisibleAsync(), $"{selector} is printed");
        }

        Assert.True(await page.Locator("main h1").IsVisibleAsync());
    }

    private async Task<IPage> OpenAsync(string path, ViewportSize? viewport = null, bool expectFound = true)
    {
        var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseAddress.ToString(),
            ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 900 },
        });
        _contexts.Add(context);
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        Assert.Equal(expectFound ? 200 : 404, response!.Status);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }
    }

    /// <summary>
    /// Enter on the focused link, then the new document. Waits for the navigation to commit and the
    /// DOM to be ready (not for every subresource), and says what was focused if it never comes.
    /// </summary>
    private async Task FollowFocusedLinkAsync(IPage page, string urlGlob)
    {
        var href = await page.EvaluateAsync<string?>("document.activeElement && document.activeElement.getAttribute('href')");
        try
        {
            await page.Keyboard.PressAsync("Enter");
            await page.WaitForURLAsync(urlGlob, new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
            await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        }
        catch (TimeoutException exception)
        {
            var log = site.Log;
            throw new TimeoutException($"Enter on the focused link (href {href}) did not lead to {urlGlob}; the page is at {page.Url}. The site's log ends:\n{log[Math.Max(0, log.Length - 4000)..]}", exception);
        }
    }

    private static async Task TabUntilAsync(IPage page, string condition, int maxTabs = 60)
    {
        for (var i = 0; i < maxTabs; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>(condition))
            {
                return;
            }
        }

        throw new InvalidOperationException($"No focusable element matched {condition} within {maxTabs} tabs.");
    }
}
