using Microsoft.Playwright;
using OmbudsmanSite.EndToEnd.Tests.Support;

namespace OmbudsmanSite.EndToEnd.Tests.Site;

/// <summary>
/// Every OWASP payload went through a save and a publish (uSync, through the editorial services).
/// Chromium loads each page with the site's Content-Security-Policy switched off, so it is the
/// sanitiser, not the policy, that must stop them: no dialog opens, no handler attribute, no
/// script, frame or object element, no javascript: or data: address is left in the body.
/// </summary>
[Collection(PublishedSiteTestGroup.Name)]
public sealed class XssPayloadTests(PublishedSite site, Browser browser)
{
    private const string Leftovers = """
        () => {
          const body = document.querySelector('main .item__body');
          if (!body) return ['no item body'];
          const found = [];
          for (const element of body.querySelectorAll('*')) {
            for (const attribute of element.attributes) {
              if (/^on/i.test(attribute.name)) found.push(`${element.localName} ${attribute.name}`);
              if (/^\s*(javascript|vbscript|data)\s*:/i.test(attribute.value) || /javascript/i.test(attribute.value)) found.push(`${element.localName} ${attribute.name}=${attribute.value}`);
            }
            if (['script', 'iframe', 'frame', 'object', 'embed', 'svg', 'math', 'style', 'link', 'meta', 'form', 'input', 'button', 'base'].includes(element.localName)) found.push(element.localName);
          }
          return found;
        }
        """;

    [Fact]
    public async Task No_payload_runs_or_survives_in_the_published_page()
    {
        Assert.True(XssPayloads.All.Count >= 40, $"only {XssPayloads.All.Count} payloads");
        await using var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseAddress.ToString(), BypassCSP = true });
        var page = await context.NewPageAsync();
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        var failures = new List<string>();
        for (var n = 1; n <= XssPayloads.All.Count; n++)
        {
            var response = await page.GotoAsync($"/en/news/{XssPayloads.Slug(n)}");
            if (response?.Status != 200)
            {
                failures.Add($"{n:00}: status {response?.Status}");
                continue;
            }

            // Handlers that need a pointer: move over everything in the body.
            foreach (var element in await page.Locator("main .item__body *").AllAsync())
            {
                await element.HoverAsync(new LocatorHoverOptions { Force = true, Timeout = 1000 }).ContinueWith(_ => { }, TaskScheduler.Default);
            }

            var left = await page.EvaluateAsync<string[]>(Leftovers);
            if (left.Length > 0)
            {
                failures.Add($"{n:00} {XssPayloads.All[n - 1]} → {string.Join("; ", left)}");
            }
        }

        await page.WaitForTimeoutAsync(500);
        Assert.Empty(dialogs);
        Assert.Empty(failures);
    }
}
