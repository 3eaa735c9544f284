using System.IO.Compression;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Site;

/// <summary>
/// The budget: an article page's HTML + CSS + JS + fonts at most 60 KB compressed; no third parties;
/// no required script (the one script, search suggestions, enhances a form that works without it).
/// </summary>
public sealed class PageWeightTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    private const int BudgetBytes = 60 * 1024;

    private readonly HttpClient _client = factory.CreatePlainClient();

    [Theory]
    [InlineData("/az/gorusler/ombudsman-bir-sira-qht-rehberleri-ve-huquq-mudafiecileri-ile-onlayn-gorus")]
    [InlineData("/ru/vstrechi/ombudsmen-provela-onlain-vstrechu-s-rukovoditeliami-riada-npo-i")]
    [InlineData("/en/reports/test-annual-report-2024")]
    public async Task Article_page_fits_the_budget(string path)
    {
        var page = await _client.GetPageAsync(path);
        var html = await BrotliSizeAsync(path);
        var assets = 0L;
        foreach (var href in page.Document.QuerySelectorAll("link[rel=stylesheet], script[src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")))
        {
            assets += await BrotliSizeAsync(href!);
        }

        Assert.True(html + assets <= BudgetBytes, $"{path}: {html} B HTML + {assets} B assets, compressed");
    }

    [Theory]
    [InlineData("/en")]
    [InlineData("/en/meetings/ombudsman-held-an-online-meeting-with-several-ngo-directors-and-human-rights")]
    public async Task Pages_need_no_script_and_make_no_third_party_requests(string path)
    {
        var page = await _client.GetPageAsync(path);

        var scripts = page.Document.QuerySelectorAll("script").Where(s => s.GetAttribute("type") != "application/ld+json").ToList();
        var suggest = Assert.Single(scripts);
        Assert.True(suggest.HasAttribute("defer"));
        Assert.True((await _client.GetByteArrayAsync(new Uri(suggest.GetAttribute("src")!, UriKind.Relative))).Length <= 10 * 1024, "Script over 10 KB");
        Assert.Equal("get", page.Document.QuerySelector("form[role=search]")?.GetAttribute("method"));
        var fetched = page.Document.QuerySelectorAll("link[rel=stylesheet], link[rel=icon], link[rel=preload], img, script[src], iframe")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? "");
        Assert.All(fetched, url => Assert.StartsWith("/", url, StringComparison.Ordinal));
    }

    private async Task<long> BrotliSizeAsync(string path)
    {
        var bytes = await _client.GetByteArrayAsync(new Uri(path, UriKind.Relative));
        using var buffer = new MemoryStream();
        await using (var brotli = new BrotliStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            await brotli.WriteAsync(bytes);
        }

        return buffer.Length;
    }
}
