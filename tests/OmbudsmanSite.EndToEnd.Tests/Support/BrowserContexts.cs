using Microsoft.Playwright;

namespace OmbudsmanSite.EndToEnd.Tests.Support;

/// <summary>The browser contexts of one test, each on the published site, closed together when it ends.</summary>
public sealed class BrowserContexts(Browser browser, PublishedSite site) : IAsyncDisposable
{
    private readonly List<IBrowserContext> _contexts = [];

    /// <summary>A fresh context (its own cookies: another person); <paramref name="timezoneId"/> sets the browser's own zone; <paramref name="clipboard"/> lets its pages use the clipboard.</summary>
    public async Task<IBrowserContext> NewAsync(string? timezoneId = null, bool clipboard = false)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseAddress.ToString(), Locale = "en-GB", TimezoneId = timezoneId,
            Permissions = clipboard ? ["clipboard-read", "clipboard-write"] : null,
        });
        _contexts.Add(context);
        return context;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }
    }
}
