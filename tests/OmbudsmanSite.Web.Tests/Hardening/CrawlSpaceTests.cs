using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Hardening;

/// <summary>
/// A bounded crawl space (Google's faceted-navigation guidance): search pages are disallowed, a list
/// with one filter is a real landing page, combinations are noindex and linked with nofollow.
/// </summary>
public sealed class CrawlSpaceTests(SiteFactory factory) : IClassFixture<SiteFactory>
{

    private readonly HttpClient _client = factory.CreatePlainClient();

    [Fact]
    public async Task Robots_disallows_the_search_pages_in_every_language_and_the_api()
    {
        var robots = await _client.GetStringAsync(new Uri("/robots.txt", UriKind.Relative));

        foreach (var search in new[] { "/az/axtaris", "/en/search", "/ru/poisk" })
        {
            Assert.Contains($"Disallow: {search}?", robots, StringComparison.Ordinal);
            Assert.Contains($"Disallow: {search}$", robots, StringComparison.Ordinal);
        }

        Assert.Contains("Disallow: /api/", robots, StringComparison.Ordinal);
        Assert.DoesNotContain("Disallow: /en/meetings", robots, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/en/meetings?organisation=ohchr", "Meetings – Office of the UN High Commissioner for Human Rights (OHCHR)")]
    [InlineData("/en/meetings?person=sabina-aliyeva", "Meetings – Sabina Aliyeva")]
    [InlineData("/en/meetings?year=2021", "Meetings – 2021")]
    [InlineData("/en/meetings", "Meetings")]
    public async Task A_bare_list_and_a_list_with_one_filter_are_indexable_landing_pages(string path, string title)
    {
        var page = await _client.GetPageAsync(path);

        Assert.Equal("http://localhost" + path, page.Document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        Assert.Null(page.Document.QuerySelector("meta[name=robots]"));
        Assert.StartsWith(title + " –", page.Document.Title, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(page.Document.QuerySelector("meta[name=description]")?.GetAttribute("content")));
    }

    [Theory]
    [InlineData("/en/meetings?organisation=ohchr&person=sabina-aliyeva")]
    [InlineData("/en/meetings?year=2021&topic=gender-equality")]
    [InlineData("/en/meetings?from=2021-01-01&to=2021-12-31")]
    [InlineData("/en/meetings?organisation=no-such-organisation")]
    public async Task Combinations_date_ranges_and_empty_filters_are_noindex(string path)
    {
        var page = await _client.GetPageAsync(path);

        Assert.Equal("noindex, follow", page.Document.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Null(page.Document.QuerySelector("link[rel=canonical]"));
    }

    [Fact]
    public async Task Links_that_add_a_second_filter_are_nofollow_and_those_that_add_the_first_are_not()
    {
        await factory.SearchReadyAsync();
        var unfiltered = await _client.GetPageAsync("/en/search?q=ombudsman");
        var filtered = await _client.GetPageAsync("/en/search?q=ombudsman&type=meeting");

        var firstFilters = unfiltered.Document.QuerySelectorAll(".facets a").ToList();
        var moreFilters = filtered.Document.QuerySelectorAll(".facets a:not([aria-current])").ToList();
        Assert.NotEmpty(firstFilters);
        Assert.NotEmpty(moreFilters);
        Assert.All(firstFilters, link => Assert.Null(link.GetAttribute("rel")));
        Assert.All(moreFilters, link => Assert.Equal("nofollow", link.GetAttribute("rel")));
    }

    [Fact]
    public async Task Meeting_pages_link_to_one_filter_lists_that_may_be_followed()
    {
        var page = await _client.GetPageAsync("/en/meetings/ombudsman-sabina-aliyeva-receives-inter-parliamentary-union-secretary-general");

        var links = page.Document.QuerySelectorAll("a.taxonomy-link").ToList();
        Assert.NotEmpty(links);
        Assert.All(links, link =>
        {
            Assert.Null(link.GetAttribute("rel"));
            Assert.Single(new Uri("http://localhost" + link.GetAttribute("href")).Query.TrimStart('?').Split('&'));
        });
    }

    [Fact]
    public async Task A_page_without_a_summary_is_described_by_the_opening_of_its_text()
    {
        var page = await _client.GetPageAsync("/en/test-page");

        var description = page.Document.QuerySelector("meta[name=description]")?.GetAttribute("content") ?? "";
        Assert.Equal("A generic page.", description);
    }

    [Fact]
    public async Task The_sitemap_lists_one_filter_landing_pages_and_no_combinations()
    {
        var locations = await SitemapReader.LocationsAsync(_client);

        Assert.Contains("http://localhost/en/meetings?organisation=ohchr", locations);
        Assert.Contains("http://localhost/ru/vstrechi?person=sabina-aliyeva", locations);
        Assert.Contains("http://localhost/az/gorusler?year=2021", locations);
        Assert.All(locations, location => Assert.DoesNotContain("&", location, StringComparison.Ordinal));
        Assert.DoesNotContain(locations, location => location.Contains("/en/search", StringComparison.Ordinal));
    }
}
