using System.Net;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Site;

/// <summary>An item whose Russian variant is unpublished: the switcher says so instead of linking.</summary>
public sealed class UntranslatedItemTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    private const string EnPath = "/en/meetings/ombudsman-office-meets-a-u-s-delegation-led-by-the-special-envoy-for";

    [Fact]
    public async Task Switcher_says_plainly_that_a_language_is_missing_and_hreflang_leaves_it_out()
    {
        var client = factory.CreatePlainClient();
        var ruPath = (await client.GetPageAsync(EnPath)).Document.QuerySelector("nav.language-switcher a[hreflang=ru]")!.GetAttribute("href")!;
        await factory.UnpublishItemAsync(Guid.Parse("5b0f3c1e-7d2a-4e61-9a0b-3f1c2d4e5a05"), "ru");

        var page = await client.GetPageAsync(EnPath);
        var ruPage = await client.GetPageAsync(ruPath);

        var russian = page.Document.QuerySelector("nav.language-switcher .not-translated")!;
        Assert.Equal("ru", russian.GetAttribute("lang"));
        Assert.Equal("Русский (нет перевода)", string.Join(' ', russian.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)));
        Assert.Null(page.Document.QuerySelector("nav.language-switcher a[hreflang=ru]"));
        Assert.Null(page.Document.QuerySelector("link[rel=alternate][hreflang=ru]"));
        Assert.NotNull(page.Document.QuerySelector("link[rel=alternate][hreflang=az]"));
        Assert.Equal(HttpStatusCode.NotFound, ruPage.Status);
    }
}
