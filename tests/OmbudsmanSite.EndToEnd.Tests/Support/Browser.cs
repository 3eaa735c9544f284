using Microsoft.Playwright;

namespace OmbudsmanSite.EndToEnd.Tests.Support;

/// <summary>
/// Debian's chromium driven by Playwright. Playwright's own browser download does not work here, so
/// it launches /usr/bin/chromium (override with CHROMIUM_PATH) with the flags this machine needs.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    private readonly Dictionary<string, IPage> _sharedPages = [];
    private IPlaywright? _playwright;

    public IBrowser Instance { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"No chromium at {executable}. Run the README's test command, which installs Debian's chromium package.");
        }

        _playwright = await Playwright.CreateAsync();
        Instance = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>
    /// A tab kept open under <paramref name="name"/> for the tests that only read public pages, one
    /// after the other. Going to another page in the same tab keeps its renderer process; a new
    /// context or tab starts one, which costs a second or more on a small machine.
    /// </summary>
    public async Task<IPage> SharedPageAsync(string name, Uri baseAddress, string? initScript = null)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        if (!_sharedPages.TryGetValue(name, out var page))
        {
            var context = await Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseAddress.ToString() });
            if (initScript is not null)
            {
                await context.AddInitScriptAsync(initScript);
            }

            page = await context.NewPageAsync();
            _sharedPages[name] = page;
        }

        return page;
    }

    public async Task DisposeAsync()
    {
        foreach (var page in _sharedPages.Values)
        {
            await page.Context.DisposeAsync();
        }

        if (Instance is not null)
        {
            await Instance.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
