using Microsoft.Playwright;
using OmbudsmanSite.EndToEnd.Tests.Support;

namespace OmbudsmanSite.EndToEnd.Tests.Site;

/// <summary>
/// The site's Content-Security-Policy enforced by chromium: no template, and no use of the
/// suggestions combobox, makes the browser report a violation.
/// </summary>
[Collection(PublishedSiteTestGroup.Name)]
public sealed class ContentSecurityPolicyTests(PublishedSite site, Browser browser) : IAsyncDisposable
{
    // Runs before any of the page's own code, through the browser's protocol (not subject to the policy).
    private const string RecordViolations =
        "window.__violations = []; document.addEventListener('securitypolicyviolation', e => " +
        "window.__violations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));";

    private readonly List<IBrowserContext> _contexts = [];

    public static TheoryData<string, string> Templates() => AccessibilityTests.Templates();

    [Theory]
    [MemberData(nameof(Templates))]
    public async Task Template_reports_no_violation_of_the_enforced_policy(string template, string path)
    {
        var (page, response, console) = await OpenAsync(path);

        Assert.Contains("script-src 'self'", await response.HeaderValueAsync("content-security-policy") ?? "", StringComparison.Ordinal);
        await AssertNoViolationsAsync(page, console, $"{template} {path}");
    }

    [Fact]
    public async Task The_suggestions_combobox_works_under_the_policy()
    {
        var (page, _, console) = await OpenAsync("/az");
        var box = page.Locator("#site-search-words");

        await box.FocusAsync();
        await page.RunAndWaitForResponseAsync(
            () => page.Keyboard.TypeAsync("Chung", new KeyboardTypeOptions { Delay = 40 }),
            r => r.Url.Contains("q=Chung", StringComparison.Ordinal));
        await page.Locator("#suggestions-0 [role=option]").First.WaitForAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/az/gorusler/**");

        await AssertNoViolationsAsync(page, console, "combobox");
    }

    private async Task<(IPage Page, IResponse Response, List<string> Console)> OpenAsync(string path)
    {
        var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseAddress.ToString() });
        _contexts.Add(context);
        await context.AddInitScriptAsync(RecordViolations);
        var page = await context.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                console.Add(message.Text);
            }
        };
        var response = await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return (page, response!, console);
    }

    private static async Task AssertNoViolationsAsync(IPage page, List<string> console, string what)
    {
        var violations = await page.EvaluateAsync<string[]>("window.__violations");
        Assert.True(violations.Length == 0 && console.Count == 0, $"{what}:\n" + string.Join("\n", violations.Concat(console)));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }
    }
}
