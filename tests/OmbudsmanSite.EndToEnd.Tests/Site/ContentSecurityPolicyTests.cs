using Microsoft.Playwright;
using OmbudsmanSite.EndToEnd.Tests.Support;

namespace OmbudsmanSite.EndToEnd.Tests.Site;

/// <summary>
/// The site's Content-Security-Policy enforced by chromium: no template, no use of the suggestions
/// combobox, and not the API reference (with its own policy), makes the browser report a violation.
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
        var page = await browser.SharedPageAsync(nameof(ContentSecurityPolicyTests), site.BaseAddress, RecordViolations);
        var console = new List<string>();
        void Record(object? sender, IConsoleMessage message) => RecordPolicyMessage(console, message);
        page.Console += Record;
        try
        {
            var response = await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });

            Assert.Contains("script-src 'self'", await response!.HeaderValueAsync("content-security-policy") ?? "", StringComparison.Ordinal);
            await AssertNoViolationsAsync(page, console, $"{template} {path}");
        }
        finally
        {
            page.Console -= Record;
        }
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
        // The page, not its images: a derivative made for the first time can take seconds on a busy machine.
        await page.WaitForURLAsync("**/az/gorusler/**", new PageWaitForURLOptions { WaitUntil = WaitUntilState.DOMContentLoaded });

        await AssertNoViolationsAsync(page, console, "combobox");
    }

    [Fact]
    public async Task The_api_reference_renders_from_the_site_alone_under_a_policy_that_names_its_one_inline_script()
    {
        var elsewhere = new List<string>();
        var (page, response, console) = await OpenAsync("/api/docs/v1", request =>
        {
            if (new Uri(request.Url) is { Scheme: "http" or "https" } address && address.Authority != site.BaseAddress.Authority)
            {
                elsewhere.Add(request.Url);
            }
        });

        await Assertions.Expect(page.GetByText("GetContentByRoute").Or(page.GetByText("content/route")).First).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Assertions.Expect(page.GetByText("Ombudsman of Azerbaijan — content delivery API").First).ToBeVisibleAsync();
        var policy = await response.HeaderValueAsync("content-security-policy") ?? "";
        Assert.Matches("script-src 'self' 'sha256-[A-Za-z0-9+/=]+'", policy);
        Assert.DoesNotContain("script-src 'self' 'unsafe-inline'", policy, StringComparison.Ordinal);
        // Scalar's bundle tries eval once and carries on without it when refused (the page has rendered
        // above): the policy stays without 'unsafe-eval', and nothing else may be refused.
        var violations = (await page.EvaluateAsync<string[]>("window.__violations")).Where(v => !v.StartsWith("script-src blocked eval ", StringComparison.Ordinal)).ToList();
        Assert.True(violations.Count == 0, "API reference:\n" + string.Join("\n", violations));
        Assert.True(elsewhere.Count == 0, "Requests to other hosts: " + string.Join(", ", elsewhere));
    }

    private async Task<(IPage Page, IResponse Response, List<string> Console)> OpenAsync(string path, Action<IRequest>? onRequest = null)
    {
        var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseAddress.ToString() });
        _contexts.Add(context);
        await context.AddInitScriptAsync(RecordViolations);
        var page = await context.NewPageAsync();
        if (onRequest is not null)
        {
            page.Request += (_, request) => onRequest(request);
        }

        var console = new List<string>();
        page.Console += (_, message) => RecordPolicyMessage(console, message);
        var response = await page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return (page, response!, console);
    }

    private static void RecordPolicyMessage(List<string> console, IConsoleMessage message)
    {
        if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
        {
            console.Add(message.Text);
        }
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
