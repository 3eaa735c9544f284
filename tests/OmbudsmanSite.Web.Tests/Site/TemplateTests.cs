using System.Net;
using System.Text.Json;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Site;

/// <summary>The templates with their real data: filters, taxonomy links, reports, breadcrumbs, metadata.</summary>
public sealed class TemplateTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    private const string ReportEn = "/en/reports/test-annual-report-2024";
    private const string UnMeetingEn = "/en/meetings/ombudsman-office-meets-un-international-development-consultant-sabina-ymeri";

    private readonly HttpClient _client = factory.CreatePlainClient();

    [Fact]
    public async Task Home_lists_news_upcoming_meetings_past_meetings_and_reports()
    {
        var page = await _client.GetPageAsync("/en");

        Assert.Equal(["Test news - legal awareness"], Titles(page, "#news-heading"));
        Assert.Equal(["Test announcement - coming meeting"], Titles(page, "#upcoming-heading"));
        Assert.DoesNotContain("Test announcement - coming meeting", Titles(page, "#meetings-heading"));
        Assert.Equal(["Test annual report 2024"], Titles(page, "#reports-heading"));
        Assert.Contains("916", page.Document.QuerySelector(".contact-strip")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/en/meetings?year=2024", 2)]
    [InlineData("/en/meetings?year=2021", 1)]
    [InlineData("/en/meetings?topic=gender-equality", 3)]
    [InlineData("/en/meetings?organisation=ohchr", 3)]
    [InlineData("/en/meetings?person=rashid-rumzada", 2)]
    [InlineData("/en/meetings?person=rashid-rumzada&year=2020", 1)]
    [InlineData("/en/meetings?topic=no-such-topic", 0)]
    [InlineData("/en/meetings?year=abc&topic=<script>", 6)]
    public async Task Meeting_list_filters_by_year_topic_organisation_and_person(string path, int expected)
    {
        var page = await _client.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(expected, page.Document.QuerySelectorAll("main .summary-list > li").Length);
    }

    [Fact]
    public async Task Filter_form_is_a_labelled_get_form_that_keeps_link_filters()
    {
        var news = await _client.GetPageAsync("/en/news?organisation=ohchr");

        Assert.Equal("ohchr", news.Document.QuerySelector("form.filters input[type=hidden][name=organisation]")!.GetAttribute("value"));
        await Meetings_filter_form_selects_the_filters_that_links_set();
    }

    private async Task Meetings_filter_form_selects_the_filters_that_links_set()
    {
        var page = await _client.GetPageAsync("/ru/vstrechi?organisation=ohchr&year=2021");

        var form = page.Document.QuerySelector("form.filters")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("Год", page.Document.QuerySelector("label[for=filter-year]")!.TextContent);
        Assert.Equal("2021", page.Document.QuerySelector("#filter-year option[selected]")!.GetAttribute("value"));
        Assert.Equal("ohchr", form.QuerySelector("select[name=organisation] option[selected]")!.GetAttribute("value"));
        Assert.Equal("Организация", page.Document.QuerySelector("label[for=filter-organisation]")!.TextContent);
        Assert.Contains("Управление Верховного комиссара ООН по правам человека", page.Document.QuerySelector(".active-filters")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Meeting_page_links_people_organisations_and_topics_to_the_meetings_that_share_them()
    {
        var page = await _client.GetPageAsync(UnMeetingEn);

        var links = page.Document.QuerySelectorAll("a.taxonomy-link").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/en/meetings?person=rashid-rumzada", links);
        Assert.Contains("/en/meetings?organisation=united-nations", links);
        Assert.Contains("/en/meetings?topic=gender-equality", links);
        foreach (var link in links.Distinct())
        {
            var target = await _client.GetPageAsync(link!);
            Assert.Contains("Ombudsman Office meets UN international development consultant Sabina Ymeri", target.Document.QuerySelectorAll("main .summary-list a").Select(a => a.TextContent));
        }
    }

    [Fact]
    public async Task Item_page_has_breadcrumbs_before_main_and_related_items()
    {
        var page = await _client.GetPageAsync(UnMeetingEn);

        var breadcrumbs = page.Document.QuerySelector("nav.breadcrumbs")!;
        Assert.Equal(["Home", "Meetings", "Ombudsman Office meets UN international development consultant Sabina Ymeri"], breadcrumbs.QuerySelectorAll("li").Select(li => li.TextContent.Trim()));
        Assert.Equal("page", breadcrumbs.QuerySelector("li:last-child span")!.GetAttribute("aria-current"));
        Assert.True(breadcrumbs.CompareDocumentPosition(page.Document.QuerySelector("main")!).HasFlag(AngleSharp.Dom.DocumentPositions.Following));
        Assert.InRange(page.Document.QuerySelectorAll(".related li").Length, 1, 3);
        Assert.Single(page.Document.QuerySelectorAll("h1"));
    }

    [Fact]
    public async Task Report_page_describes_each_file_before_download()
    {
        var page = await _client.GetPageAsync(ReportEn);

        var attachments = page.Document.QuerySelectorAll(".attachment").ToList();
        Assert.Equal(2, attachments.Count);
        var href = attachments[0].QuerySelector("a")!.GetAttribute("href")!;
        Assert.Matches("^/media/0e5a1f000000400080000000000000b2/[0-9a-f]{12}/fixture-annual-2024-en\\.pdf$", href);
        var meta = attachments[0].QuerySelector(".attachment__meta")!.TextContent;
        Assert.Contains("English", meta, StringComparison.Ordinal);
        Assert.Contains("PDF", meta, StringComparison.Ordinal);
        Assert.Contains("1 KB", meta, StringComparison.Ordinal);
        Assert.Contains("2 pages", meta, StringComparison.Ordinal);
        Assert.Contains("3 pages", attachments[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("az", attachments[1].QuerySelector(".attachment__meta span")!.GetAttribute("lang"));
        Assert.Equal("Summary", page.Document.QuerySelector(".item__body h2")!.TextContent);

        using var pdf = await _client.GetAsync(new Uri(href, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal("bytes", pdf.Headers.AcceptRanges.Single());
        Assert.True(pdf.Headers.CacheControl!.Public && pdf.Headers.CacheControl.MaxAge == TimeSpan.FromDays(365));
    }

    [Theory]
    [InlineData(UnMeetingEn, "Event")]
    [InlineData(ReportEn, "Report")]
    [InlineData("/en/news/test-news-legal-awareness", "NewsArticle")]
    public async Task Item_pages_carry_json_ld_open_graph_and_canonical(string path, string type)
    {
        var page = await _client.GetPageAsync(path);

        using var json = JsonDocument.Parse(page.Document.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal(type, json.RootElement.GetProperty("@type").GetString());
        Assert.Equal("http://localhost" + path, json.RootElement.GetProperty("url").GetString());
        Assert.Equal("http://localhost" + path, page.Document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("en_GB", page.Document.QuerySelector("meta[property='og:locale']")!.GetAttribute("content"));
        Assert.NotNull(page.Document.QuerySelector("meta[property='og:title']"));
    }

    [Fact]
    public async Task Meeting_json_ld_has_start_in_baku_time_and_attendance_mode()
    {
        var page = await _client.GetPageAsync(UnMeetingEn);

        using var json = JsonDocument.Parse(page.Document.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("2024-07-11T15:25+04:00", json.RootElement.GetProperty("startDate").GetString());
        Assert.Equal("https://schema.org/OfflineEventAttendanceMode", json.RootElement.GetProperty("eventAttendanceMode").GetString());
        Assert.Equal(3, json.RootElement.GetProperty("performer").GetArrayLength());
    }

    [Fact]
    public async Task Generic_page_lives_at_the_culture_root_and_drafts_stay_hidden()
    {
        var page = await _client.GetPageAsync("/ru/testovaia-stranitsa");
        var draft = await _client.GetPageAsync("/en/news/test-news-legal-awareness");

        Assert.Equal("Тестовая страница", page.H1);
        Assert.Null(draft.Document.QuerySelector("nav.language-switcher a[hreflang=ru]"));
        Assert.Equal("span", draft.Document.QuerySelector("main .item__body span[lang=az]")!.TagName, ignoreCase: true);
    }

    private static List<string> Titles(Page page, string heading) =>
        page.Document.QuerySelectorAll($"{heading} ~ .summary-list a").Select(a => a.TextContent.Trim()).ToList();
}
