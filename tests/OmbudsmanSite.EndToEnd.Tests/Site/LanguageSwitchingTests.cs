using Microsoft.Playwright;
using OmbudsmanSite.EndToEnd.Tests.Support;

namespace OmbudsmanSite.EndToEnd.Tests.Site;

/// <summary>A reader opens a seed meeting in Azerbaijani and follows the switcher to Russian and English.</summary>
[Collection(PublishedSiteTestGroup.Name)]
public sealed class LanguageSwitchingTests(PublishedSite site, Browser browser)
{
    [Fact]
    public async Task Reader_follows_the_switcher_from_az_to_ru_to_en_on_the_same_meeting()
    {
        await using var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseAddress.ToString(), JavaScriptEnabled = false });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/az/gorusler");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ombudsman Səbinə Əliyeva Parlamentlərarası İttifaqın Baş katibi Martin Çunqonqu qəbul edib" }).ClickAsync();
        Assert.Equal("az", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("Ombudsman Səbinə Əliyeva Parlamentlərarası İttifaqın Baş katibi Martin Çunqonqu qəbul edib", (await page.Locator("h1").TextContentAsync())?.Trim());

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Dil" }).GetByRole(AriaRole.Link, new() { Name = "Русский" }).ClickAsync();
        Assert.Equal("ru", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.StartsWith("/ru/vstrechi/", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Equal("Омбудсмен Сабина Алиева приняла Генерального секретаря Межпарламентского союза Мартина Чунгонга", (await page.Locator("h1").TextContentAsync())?.Trim());
        Assert.Contains("Мартин Чунгонг", await page.Locator(".participants").InnerTextAsync(), StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Язык" }).GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.StartsWith("/en/meetings/", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Equal("Ombudsman Sabina Aliyeva receives Inter-Parliamentary Union Secretary-General Martin Chungong", (await page.Locator("h1").TextContentAsync())?.Trim());
        Assert.Equal("page", await page.GetByRole(AriaRole.Navigation, new() { Name = "Language" }).GetByText("English").GetAttributeAsync("aria-current"));
    }

    [Fact]
    public async Task Keyboard_reader_can_skip_to_the_main_content()
    {
        await using var context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/en");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to main content", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");

        Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));
    }
}
