using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.Hosting;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Site;

/// <summary>sitemap.xml, robots.txt and the Atom feeds: well-formed, complete, linked from the pages.</summary>
public sealed class DiscoveryTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private readonly HttpClient _client = factory.CreatePlainClient();

    [Fact]
    public async Task Sitemap_lists_every_published_variant_with_reciprocal_alternates()
    {
        var urls = (await SitemapReader.UrlsAsync(_client)).ToDictionary(
            u => u.Element(SitemapReader.Namespace + "loc")!.Value,
            u => u.Elements(Xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value));

        // 3 homes + 9 section lists; 6 meetings, report and page in 3 languages; the news story in 2 (ru is a draft).
        // The lists narrowed to one filter come besides (CrawlSpaceTests).
        Assert.Equal(12 + (8 * 3) + 2, urls.Keys.Count(u => !u.Contains('?', StringComparison.Ordinal)));
        Assert.Contains("http://localhost/ru/vstrechi/ombudsmen-sabina-alieva-priniala-generalnogo-sekretaria-mezhparlamentskogo", urls.Keys);
        Assert.DoesNotContain(urls.Keys, u => u.Contains("testovaia-novost", StringComparison.Ordinal));
        foreach (var (loc, alternates) in urls)
        {
            Assert.Contains(loc, alternates.Values);
            foreach (var (hreflang, href) in alternates.Where(a => a.Key != "x-default"))
            {
                Assert.Equal(alternates, urls[href]);
            }
        }

        Assert.All(urls.Values.Where(a => a.ContainsKey("az")), a => Assert.Equal(a["az"], a["x-default"]));
    }

    [Fact]
    public async Task A_large_sitemap_is_split_into_files_of_the_configured_size_listing_the_same_pages()
    {
        var whole = await SitemapReader.LocationsAsync(_client);
        using var small = factory.WithWebHostBuilder(builder => builder.UseSetting("Site:Sitemap:MaxUrlsPerFile", "10"));
        using var client = small.CreateClient();

        var files = await SitemapReader.FilesAsync(client);
        Assert.Equal(Enumerable.Range(1, files.Count).Select(n => $"http://localhost/sitemaps/{n}.xml"), files);
        Assert.True(files.Count >= whole.Count / 10, $"{files.Count} files for {whole.Count} addresses");
        foreach (var file in files)
        {
            var urls = XDocument.Parse(await client.GetStringAsync(new Uri(new Uri(file).PathAndQuery, UriKind.Relative))).Root!.Elements(SitemapReader.Namespace + "url").ToList();
            Assert.InRange(urls.Count, 1, 10);
        }

        Assert.Equal(whole, await SitemapReader.LocationsAsync(client));
        var index = XDocument.Parse(await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));
        Assert.Contains(index.Root!.Elements(SitemapReader.Namespace + "sitemap"), s => s.Element(SitemapReader.Namespace + "lastmod") is not null);

        foreach (var missing in new[] { "/sitemaps/0.xml", $"/sitemaps/{files.Count + 1}.xml", "/sitemaps/x.xml" })
        {
            using var answer = await client.GetAsync(new Uri(missing, UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
        }
    }

    [Fact]
    public async Task Robots_allows_crawling_and_names_the_sitemap()
    {
        var robots = await _client.GetStringAsync(new Uri("/robots.txt", UriKind.Relative));

        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots, StringComparison.Ordinal);
        Assert.Contains("User-agent: *", robots, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/az/feed.xml", "az", 8)]
    [InlineData("/en/meetings/feed.xml", "en", 6)]
    [InlineData("/ru/doklady/feed.xml", "ru", 1)]
    [InlineData("/ru/novosti/feed.xml", "ru", 0)]
    public async Task Atom_feeds_are_well_formed_per_culture_and_section(string path, string lang, int entries)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Atom + "feed", feed.Root!.Name);
        Assert.Equal(lang, feed.Root.Attribute(XNamespace.Xml + "lang")!.Value);
        Assert.Equal("http://localhost" + path, feed.Root.Elements(Atom + "link").Single(l => l.Attribute("rel")!.Value == "self").Attribute("href")!.Value);
        var items = feed.Root.Elements(Atom + "entry").ToList();
        Assert.Equal(entries, items.Count);
        Assert.All(items, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Element(Atom + "title")!.Value));
            Assert.StartsWith($"http://localhost/{lang}/", e.Element(Atom + "link")!.Attribute("href")!.Value, StringComparison.Ordinal);
            Assert.True(DateTimeOffset.TryParse(e.Element(Atom + "updated")!.Value, out _));
        });
        Assert.Equal(items.Count, items.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
    }

    [Theory]
    [InlineData("/xx/feed.xml")]
    [InlineData("/en/nonsense/feed.xml")]
    [InlineData("/en/gorusler/feed.xml")]
    public async Task Unknown_feeds_are_404(string path)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Pages_link_their_feeds()
    {
        var page = await _client.GetPageAsync("/ru/vstrechi");

        var feeds = page.Document.QuerySelectorAll("link[rel=alternate][type='application/atom+xml']").Select(l => l.GetAttribute("href")).ToList();
        Assert.Equal(["/ru/feed.xml", "/ru/vstrechi/feed.xml"], feeds);
    }
}
