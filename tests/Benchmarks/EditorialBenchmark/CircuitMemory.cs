using System.Diagnostics;
using Microsoft.Playwright;

namespace EditorialBenchmark;

/// <summary>
/// What a connected editor costs the server: the managed heap and the resident set of this process
/// (the site runs in it), after a full collection, before and after <c>count</c> browser contexts
/// each open the editor on its own circuit. Debian's chromium, as the end-to-end tests drive it.
/// </summary>
internal static class CircuitMemory
{
    public static async Task<(double HeapMegabytesPerCircuit, double ResidentMegabytesPerCircuit)> MeasureAsync(Uri site, IReadOnlyList<Guid> items, int count)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });

        // One circuit first, so what is measured is each further editor, not the first one's warm-up.
        var warm = await OpenAsync(browser, site, items[0]);
        var (heapBefore, residentBefore) = Settled();
        var contexts = new List<IBrowserContext>();
        for (var n = 1; n <= count; n++)
        {
            contexts.Add(await OpenAsync(browser, site, items[n % items.Count]));
        }

        var (heapAfter, residentAfter) = Settled();
        foreach (var context in contexts.Append(warm))
        {
            await context.DisposeAsync();
        }

        return ((heapAfter - heapBefore) / count / 1048576.0, (residentAfter - residentBefore) / count / 1048576.0);
    }

    // Each context signs in as the benchmark editor (a __Host- cookie cannot be planted by hand).
    private static async Task<IBrowserContext> OpenAsync(IBrowser browser, Uri site, Guid item)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/backoffice/sign-in");
        await page.Locator("#email").FillAsync(BackofficeSession.Email);
        await page.Locator("#password").FillAsync(BackofficeSession.Password);
        await page.Locator("#password").PressAsync("Enter");
        await page.WaitForURLAsync("**/backoffice");
        await page.GotoAsync($"/backoffice/content/{item:D}");
        await page.Locator("[id='az.title']").WaitForAsync(new() { Timeout = 30_000 });
        await page.Locator(".rich-text-toolbar").First.WaitForAsync(new() { Timeout = 30_000 });
        return context;
    }

    private static (long Heap, long Resident) Settled()
    {
        for (var i = 0; i < 3; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        using var process = Process.GetCurrentProcess();
        return (GC.GetTotalMemory(forceFullCollection: true), process.WorkingSet64);
    }
}
