using Microsoft.Playwright;
using OmbudsmanSite.EndToEnd.Tests.Support;

namespace OmbudsmanSite.EndToEnd.Tests.Site;

/// <summary>What a real browser picks from the news photo's picture element (1600 × 1067 in the fixtures).</summary>
[Collection(PublishedSiteTestGroup.Name)]
public sealed class ResponsiveImageTests(PublishedSite site, Browser browser)
{
    private const string NewsEn = "/en/news/test-news-legal-awareness";

    [Theory]
    [InlineData(1280, 1, 672, "width=960")] // 42rem wide: the first candidate at least 672 px.
    [InlineData(390, 2, 358, "width=960")]  // A phone: 100vw - 2rem at twice the density, 716 px.
    public async Task The_browser_takes_avif_at_the_width_the_screen_needs_in_a_box_that_never_moves(int viewport, float density, int shownWidth, string chosen)
    {
        await using var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = viewport, Height = 900 },
            DeviceScaleFactor = density,
        });
        var page = await context.NewPageAsync();

        // The box's height is known from the HTML alone, before the image arrives.
        await page.RouteAsync("**/media/**", route => route.AbortAsync());
        await page.GotoAsync(NewsEn);
        var boxBeforeLoad = await page.Locator("figure.item__image img").BoundingBoxAsync();
        await page.UnrouteAsync("**/media/**");
        await page.ReloadAsync(new PageReloadOptions { WaitUntil = WaitUntilState.Load });
        var image = page.Locator("figure.item__image img");
        await image.EvaluateAsync("img => img.complete || new Promise(resolve => img.onload = resolve)");

        var box = await image.BoundingBoxAsync();
        var currentSrc = await image.EvaluateAsync<string>("img => img.currentSrc");
        Assert.Equal(shownWidth, box!.Width, 0);
        Assert.Equal(box.Height, boxBeforeLoad!.Height, 0);
        Assert.Equal(Math.Round(shownWidth * 1067.0 / 1600), box.Height, 0);
        Assert.Contains("format=avif", currentSrc, StringComparison.Ordinal);
        Assert.Contains(chosen + "&", currentSrc, StringComparison.Ordinal);
        Assert.True(await image.EvaluateAsync<bool>("img => img.naturalWidth > 0"), "the image did not decode");
    }
}
