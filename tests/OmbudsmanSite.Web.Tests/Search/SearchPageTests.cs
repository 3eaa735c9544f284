using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Search;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Search;

public sealed class SearchPageTests(SiteFactory factory) : IClassFixture<SiteFactory>, IAsyncLifetime
{
    private static readonly Guid OhchrMeeting = Guid.Parse("5b0f3c1e-7d2a-4e61-9a0b-3f1c2d4e5a04");

    private readonly HttpClient _client = factory.CreatePlainClient();

    public Task InitializeAsync() => factory.SearchReadyAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("/az/axtaris?q=gorus", "az", "görüş")]
    [InlineData("/en/search?q=videoconference", "en", "videoconference")]
    [InlineData("/ru/poisk?q=%D0%B2%D1%81%D1%82%D1%80%D0%B5%D1%87%D0%B0", "ru", "встреч")]
    public async Task Search_page_lists_highlighted_results_in_the_page_language(string path, string culture, string marked)
    {
        var page = await _client.GetPageAsync(path);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(culture, page.Lang);
        var results = page.Document.QuerySelectorAll(".search-results > li");
        Assert.NotEmpty(results);
        Assert.Contains(page.Document.QuerySelectorAll(".search-results mark"), m => m.TextContent.StartsWith(marked, StringComparison.OrdinalIgnoreCase));
        Assert.All(results.Select(r => r.QuerySelector("a")!.GetAttribute("href")!), href => Assert.StartsWith($"/{culture}/", href, StringComparison.Ordinal));
        Assert.Equal("noindex, follow", page.Document.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
    }

    [Fact]
    public async Task Facet_links_narrow_and_keep_the_words()
    {
        var page = await _client.GetPageAsync("/en/search?q=Ombudsman");
        var format = page.Document.QuerySelectorAll(".facets a").First(a => a.GetAttribute("href")!.Contains("format=videoconference", StringComparison.Ordinal));

        var narrowed = await _client.GetPageAsync(format.GetAttribute("href")!);

        Assert.Contains("q=Ombudsman", format.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Single(narrowed.Document.QuerySelectorAll(".search-results > li"));
        Assert.Contains(narrowed.Document.QuerySelectorAll(".facets a[aria-current]"), a => a.TextContent.Contains("Videoconference", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Other_languages_are_offered_and_marked_with_their_language()
    {
        var narrow = await _client.GetPageAsync("/en/search?q=%D0%90%D0%BB%D0%B8%D0%B5%D0%B2%D0%B0"); // Алиева
        var link = narrow.Document.QuerySelector(".other-languages a")!.GetAttribute("href")!;
        var wide = await _client.GetPageAsync(link);

        Assert.Contains("all=1", link, StringComparison.Ordinal);
        Assert.Contains(wide.Document.QuerySelectorAll(".search-results article[lang=ru]"), a => a.QuerySelector("a[hreflang=ru]") is not null);
    }

    [Fact]
    public async Task Did_you_mean_links_to_the_corrected_search()
    {
        // Four letters: too short for typo tolerance, so nothing matches; "baku" is one transposition away.
        var page = await _client.GetPageAsync("/en/search?q=bkau");

        var link = page.Document.QuerySelector(".did-you-mean a");
        Assert.NotNull(link);
        Assert.Equal("baku", link.TextContent);
        Assert.Equal("/en/search?q=baku", link.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/en/search")]
    [InlineData("/en/search?q=")]
    [InlineData("/en/search?q=%22")]
    [InlineData("/en/search?q=*%3A*")]
    [InlineData("/en/search?q=title%3Ax+AND+(y")]
    [InlineData("/en/search?q=%5C%5C~~~")]
    [InlineData("/en/search?q=meeting&page=-1&type=nonsense&year=99999&from=2024-13-45&to=x&sort=%3Cscript%3E&all=yes")]
    [InlineData("/en/search?q=meeting&from=2030-01-01&to=2020-01-01")]
    [InlineData("/en/search?q=meeting&page=999999999999")]
    [InlineData("/en/search?topic=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    public async Task Bad_input_gives_a_page_not_an_error(string path)
    {
        var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"{path}: {response.StatusCode}");
        Assert.DoesNotContain("<script>alert", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Very_long_input_is_cut_not_refused()
    {
        var page = await _client.GetPageAsync("/en/search?q=" + string.Concat(Enumerable.Repeat("meeting+", 2000)));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.True(page.Document.QuerySelector("#search-words")!.GetAttribute("value")!.Length <= SearchQuery.MaxTextLength);
    }

    [Fact]
    public async Task Suggestions_answer_json_with_urls_in_the_culture()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/api/search/suggestions?culture=ru&q=%D0%BE%D0%BC%D0%B1", UriKind.Relative))); // омб
        var suggestions = json.RootElement.GetProperty("suggestions").EnumerateArray().ToList();

        Assert.NotEmpty(suggestions);
        Assert.All(suggestions, s => Assert.StartsWith("/ru/", s.GetProperty("url").GetString(), StringComparison.Ordinal));
        Assert.Contains(suggestions, s => s.GetProperty("title").GetString()!.StartsWith("Омбудсмен", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.GetAsync(new Uri("/api/search/suggestions?culture=xx&q=a", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_published_edit_becomes_searchable_without_a_rebuild()
    {
        // How fast is the benchmark's to say (publish-to-search, EditorialBenchmark): a timed
        // assertion here only measures how busy the test machine is.
        var search = factory.Services.GetRequiredService<ISiteSearch>();
        var watch = Stopwatch.StartNew();
        await factory.EditItemAsync(OhchrMeeting, values => values.WithCulture("en", values.Culture("en")! with { Title = "Quokka cooperation with OHCHR discussed" }), "en");

        SearchResults results;
        do
        {
            results = await search.SearchAsync(new SearchQuery { Culture = "en", Text = "quokka" });
        }
        while (results.TotalCount == 0 && watch.Elapsed < TimeSpan.FromSeconds(30));

        Assert.Equal(1, results.TotalCount);
        var page = await _client.GetPageAsync("/en/search?q=quokka");
        Assert.Equal("Quokka cooperation with OHCHR discussed", page.Document.QuerySelector(".search-results h2")!.TextContent);
    }

    [Fact]
    public async Task Meetings_list_filters_by_format_participant_and_dates()
    {
        var online = await _client.GetPageAsync("/en/meetings?format=online");
        var dated = await _client.GetPageAsync("/en/meetings?from=2024-07-11&to=2024-07-11");
        var person = await _client.GetPageAsync("/en/meetings?person=vladimir-shkolnikov");

        Assert.Equal(["Ombudsman held an online meeting with several NGO directors and human rights defenders"], Titles(online));
        Assert.Equal(["Ombudsman Office meets UN international development consultant Sabina Ymeri"], Titles(dated));
        Assert.Single(Titles(person));
        Assert.Equal("online", online.Document.QuerySelector("#filter-format option[selected]")?.GetAttribute("value"));
        Assert.Equal("2024-07-11", dated.Document.QuerySelector("#filter-from")?.GetAttribute("value"));
        Assert.Equal("vladimir-shkolnikov", person.Document.QuerySelector("#filter-person option[selected]")?.GetAttribute("value"));
        Assert.Contains("type=meeting", online.Document.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).First(h => h!.StartsWith("/en/search", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    private static List<string> Titles(Page page) =>
        [.. page.Document.QuerySelectorAll(".summary-list .summary__title").Select(t => t.TextContent.Trim())];
}

public sealed class SearchRateLimitTests(RateLimitedSiteFactory factory) : IClassFixture<RateLimitedSiteFactory>
{
    private readonly HttpClient _client = factory.CreatePlainClient();

    [Fact]
    public async Task Searches_past_the_limit_get_429_and_other_pages_do_not()
    {
        for (var i = 0; i < RateLimitedSiteFactory.SearchBurst; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(new Uri($"/en/search?q=meeting{i}", UriKind.Relative))).StatusCode);
        }

        var refused = await _client.GetAsync(new Uri("/en/search?q=again", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter is not null);
        Assert.Contains("Too many searches", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(new Uri("/en/meetings", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Suggestions_have_their_own_limit()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= RateLimitedSiteFactory.SuggestionBurst; i++)
        {
            statuses.Add((await _client.GetAsync(new Uri($"/api/search/suggestions?culture=en&q=om{i}", UriKind.Relative))).StatusCode);
        }

        Assert.All(statuses.Take(RateLimitedSiteFactory.SuggestionBurst), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }
}
