using System.Net;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Site;

/// <summary>The public site over HTTP: routes, languages, switcher, 404s and the "/" negotiation.</summary>
public sealed class PublicSiteTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    private const string UnMeetingAz = "/az/gorusler/ombudsman-aparatinda-bmt-nin-beynelxalq-inkisaf-uzre-meslehetcisi-sabina-ymeri";
    private const string UnMeetingEn = "/en/meetings/ombudsman-office-meets-un-international-development-consultant-sabina-ymeri";
    private const string UnMeetingRu = "/ru/vstrechi/v-apparate-ombudsmena-proshla-vstrecha-s-mezhdunarodnym-konsultantom-po";

    // The five seed meetings plus the announced meeting among the test fixtures.
    private const int MeetingCount = 6;

    private readonly HttpClient _client = factory.CreatePlainClient();

    [Theory]
    [InlineData("ru-RU,ru;q=0.9,en;q=0.8", "/ru")]
    [InlineData("en-US,en;q=0.9", "/en")]
    [InlineData("de-DE,fr;q=0.8", "/az")]
    [InlineData("ru;q=0, en;q=0.5", "/en")]
    [InlineData(null, "/az")]
    public async Task Root_redirects_to_the_best_language(string? acceptLanguage, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.OriginalString);
        Assert.Contains("Accept-Language", response.Headers.Vary);
    }

    [Theory]
    [InlineData("/az", "az", "Ana səhifə – Azərbaycan Ombudsmanı")]
    [InlineData("/en", "en", "Home – Ombudsman of Azerbaijan")]
    [InlineData("/ru", "ru", "Главная – Омбудсмен Азербайджана")]
    public async Task Home_page_speaks_its_language(string path, string lang, string title)
    {
        var page = await _client.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(lang, page.Lang);
        Assert.Equal(title, page.Document.Title);
        Assert.Equal(3, page.Document.QuerySelectorAll("#meetings-heading + .summary-list > li").Length);
        Assert.Equal(["news-heading", "upcoming-heading", "meetings-heading", "reports-heading", "contact-heading"], page.Document.QuerySelectorAll("main h2").Select(h => h.Id));
    }

    [Theory]
    [InlineData("/az/gorusler", "Görüşlər")]
    [InlineData("/en/meetings", "Meetings")]
    [InlineData("/ru/vstrechi", "Встречи")]
    public async Task Sections_have_localized_paths(string path, string heading)
    {
        var page = await _client.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(heading, page.H1);
        Assert.Equal(MeetingCount, page.Document.QuerySelectorAll(".summary-list > li").Length);
    }

    [Theory]
    [InlineData("/en/gorusler")]
    [InlineData("/az/meetings")]
    [InlineData("/en/meetings/no-such-meeting")]
    [InlineData("/en/meetings/a/b")]
    [InlineData("/en/no-such-page")]
    public async Task Unknown_paths_get_a_404_page_in_their_language(string path)
    {
        var page = await _client.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal(path[1..3], page.Lang);
        Assert.Equal(path.StartsWith("/az", StringComparison.Ordinal) ? "Səhifə tapılmadı" : "Page not found", page.H1);
        Assert.Empty(page.Document.QuerySelectorAll("link[rel=alternate][hreflang]"));
    }

    [Theory]
    [InlineData("ru", "Страница не найдена", "ru")]
    [InlineData("en-GB", "Page not found", "en")]
    [InlineData("de", "Səhifə tapılmadı", "az")]
    public async Task An_unknown_culture_gets_a_404_in_the_visitors_language(string acceptLanguage, string heading, string lang)
    {
        var page = await _client.GetPageAsync("/xx/meetings", acceptLanguage);

        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Equal(heading, page.H1);
        Assert.Equal(lang, page.Lang);
    }

    [Fact]
    public async Task Item_page_links_to_its_translations_with_hreflang()
    {
        var page = await _client.GetPageAsync(UnMeetingAz);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var alternates = page.Document.QuerySelectorAll("link[rel=alternate][hreflang]")
            .ToDictionary(l => l.GetAttribute("hreflang")!, l => new Uri(l.GetAttribute("href")!).AbsolutePath);
        Assert.Equal(UnMeetingAz, alternates["az"]);
        Assert.Equal(UnMeetingEn, alternates["en"]);
        Assert.Equal(UnMeetingRu, alternates["ru"]);
        Assert.Equal(UnMeetingAz, alternates["x-default"]);

        var switcher = page.Document.QuerySelector("nav.language-switcher")!;
        Assert.Equal("Dil", switcher.GetAttribute("aria-label"));
        Assert.Equal("Azərbaycan", switcher.QuerySelector("[aria-current=page]")!.TextContent);
        var links = switcher.QuerySelectorAll("a").ToDictionary(a => a.GetAttribute("hreflang")!, a => (Href: a.GetAttribute("href"), a.TextContent, Lang: a.GetAttribute("lang")));
        Assert.Equal((UnMeetingEn, "English", "en"), links["en"]);
        Assert.Equal((UnMeetingRu, "Русский", "ru"), links["ru"]);
    }

    [Theory]
    [InlineData(UnMeetingAz, "11 iyul 2024, 15:25", "Ombudsman Aparatında BMT-nin beynəlxalq inkişaf üzrə məsləhətçisi Sabina Ymeri ilə görüş keçirilib")]
    [InlineData(UnMeetingEn, "11 July 2024, 15:25", "Ombudsman Office meets UN international development consultant Sabina Ymeri")]
    [InlineData(UnMeetingRu, "11 июля 2024, 15:25", "В Аппарате омбудсмена прошла встреча с международным консультантом по вопросам развития Сабиной Имери")]
    public async Task Meeting_page_shows_baku_time_in_the_culture_format(string path, string date, string title)
    {
        var page = await _client.GetPageAsync(path);

        Assert.Equal(title, page.H1);
        var time = page.Document.QuerySelector(".meeting-facts time")!;
        Assert.Equal(date, time.TextContent);
        Assert.Equal("2024-07-11T15:25+04:00", time.GetAttribute("datetime"));
    }

    [Fact]
    public async Task Meeting_page_lists_participants_organisations_and_topics_in_its_language()
    {
        var page = await _client.GetPageAsync(UnMeetingRu);

        var participants = page.Document.QuerySelectorAll(".participants li").Select(li => li.TextContent).ToList();
        Assert.Contains(participants, p => p.StartsWith("Рашид Румзаде, заместитель руководителя Аппарата", StringComparison.Ordinal));
        Assert.Contains("Цели устойчивого развития", page.Document.QuerySelectorAll(".tags li").Select(li => li.TextContent));
        Assert.Equal("Очная встреча", page.Document.QuerySelectorAll(".meeting-facts dd")[1].TextContent);
    }

    [Fact]
    public async Task Stylesheet_is_served_from_the_repository_wwwroot()
    {
        var page = await _client.GetPageAsync("/en");
        var href = page.Document.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        var css = await _client.GetStringAsync(href);

        Assert.Matches(@"^/css/site\.[a-z0-9]+\.css$", href);
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(TestEnvironment.RepositoryRoot(), "wwwroot", "css", "site.css")), css);
    }

    [Fact]
    public async Task A_page_past_the_end_goes_back_to_page_one()
    {
        using var response = await _client.GetAsync("/en/meetings?page=99");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/en/meetings", response.Headers.Location?.AbsolutePath);
    }

    [Theory]
    [InlineData("/en/meetings?page=abc")]
    [InlineData("/en/meetings?page=-1")]
    [InlineData("/en/meetings?page=99999999999999999999")]
    public async Task A_malformed_page_number_shows_the_first_page(string path)
    {
        var page = await _client.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(MeetingCount, page.Document.QuerySelectorAll(".summary-list > li").Length);
    }
}
