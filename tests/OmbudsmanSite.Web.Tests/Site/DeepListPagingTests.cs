using System.Net;
using Microsoft.AspNetCore.Hosting;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Site;

/// <summary>
/// Deep list pages are reached by a cursor: from <c>Site:ListCursorFromPage</c> on, Next names where the
/// next page starts, and that page holds what the same page number does. Page numbers keep working,
/// and a cursor that is not ours, or leads nowhere now, falls back to the page by its number.
/// </summary>
public sealed class DeepListPagingTests(DeepListPagingTests.OnePerPageSiteFactory factory) : IClassFixture<DeepListPagingTests.OnePerPageSiteFactory>
{
    private readonly HttpClient _client = factory.CreatePlainClient();

    [Fact]
    public async Task Next_carries_a_cursor_from_the_set_page_and_each_page_it_leads_to_is_that_page_number()
    {
        var first = await _client.GetPageAsync("/en/meetings");
        Assert.Equal("/en/meetings?page=2", NextHref(first)); // before the set page: numbers

        var path = NextHref(first)!;
        var pages = 1;
        while (path is not null)
        {
            pages++;
            var page = await _client.GetPageAsync(path);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            var byNumber = await _client.GetPageAsync($"/en/meetings?page={pages}");
            Assert.Equal(Titles(byNumber), Titles(page));
            Assert.Equal($"/en/meetings?page={pages}", page.Document.QuerySelector("link[rel=canonical]")?.GetAttribute("href")?.Replace("http://localhost", "", StringComparison.Ordinal));

            path = NextHref(page);
            if (path is not null)
            {
                Assert.Matches(@$"^/en/meetings\?page={pages + 1}&after=[A-Za-z0-9_-]+$", path);
            }
        }

        Assert.Equal(6, pages); // every meeting, one per page, and the walk ends on the last
    }

    public static TheoryData<string, string> CursorsThatLeadNowhere() => new()
    {
        { "/en/meetings?page=3&after=not-a-cursor", "/en/meetings?page=3" },
        { "/en/meetings?page=4&after=" + new ContentCursor(ContentSort.TitleAscending, "Meeting", Guid.Empty).ToToken(), "/en/meetings?page=4" }, // ours, but not a list's
        { "/en/meetings?page=1&after=" + ContentCursor.ForDate(new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc), Guid.Empty).ToToken(), "/en/meetings" }, // the first page starts after nothing
    };

    [Theory]
    [MemberData(nameof(CursorsThatLeadNowhere))]
    public async Task A_cursor_that_is_not_ours_goes_to_the_page_by_its_number(string path, string expected)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task A_cursor_past_the_oldest_item_goes_to_the_page_by_its_number()
    {
        var last = await _client.GetPageAsync("/en/meetings?page=5");
        var cursorPath = NextHref(last)!;
        var oldest = await _client.GetPageAsync(cursorPath);
        Assert.Null(NextHref(oldest));

        // A cursor after the oldest item, as an old link would hold once the items after it are gone.
        var token = ContentCursor.ForDate(new DateTime(1990, 1, 1, 0, 0, 0, DateTimeKind.Utc), Guid.Empty).ToToken();
        using var response = await _client.GetAsync(new Uri($"/en/meetings?page=6&after={token}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/en/meetings?page=6", response.Headers.Location?.PathAndQuery);
    }

    private static string? NextHref(Page page) => page.Document.QuerySelector(".pager a[rel~=next]")?.GetAttribute("href");

    private static List<string> Titles(Page page) => [.. page.Document.QuerySelectorAll(".summary-list > li h3, .summary-list > li h2").Select(h => h.TextContent.Trim())];

    /// <summary>The site with one item per list page and cursors from page 2.</summary>
    public sealed class OnePerPageSiteFactory : SiteFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Site:PageSize", "1");
            builder.UseSetting("Site:ListCursorFromPage", "2");
        }
    }
}
