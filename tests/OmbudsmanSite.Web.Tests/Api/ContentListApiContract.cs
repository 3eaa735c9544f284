using System.Net;
using System.Text.Json;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Api;

/// <summary><c>GET /api/v1/content</c>: filters as the lists have them, sorts, offsets with the total, cursors, search, and strict parameters.</summary>
public abstract class ContentListApiContract<TFactory>(TFactory factory)
    where TFactory : SiteFactory
{
    private readonly HttpClient _client = factory.CreatePlainClient();

    [Fact]
    public async Task Meetings_are_filtered_like_the_sites_list_and_counted()
    {
        var (_, all) = await GetAsync("/api/v1/content?type=meeting&culture=en");
        var (_, ohchr) = await GetAsync("/api/v1/content?type=meeting&culture=en&organisation=ohchr");
        var (_, person) = await GetAsync("/api/v1/content?type=meeting&culture=en&person=rashid-rumzada&year=2020");

        Assert.Equal(6, all.GetProperty("total").GetInt32());
        Assert.Equal(3, ohchr.GetProperty("total").GetInt32());
        Assert.Equal(1, person.GetProperty("total").GetInt32());
        Assert.All(Items(all), i => Assert.Equal("meeting", i.GetProperty("type").GetString()));
        var dates = Items(all).Select(i => i.GetProperty("dateUtc").GetString()).OfType<string>().ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates); // newest first (an undated one by when it was made)
    }

    [Fact]
    public async Task Offsets_and_cursors_walk_the_same_order_without_gaps_or_repeats()
    {
        var (_, whole) = await GetAsync("/api/v1/content?culture=en&take=100");
        var expected = Items(whole).Select(Id).ToList();
        Assert.True(expected.Count >= 8, $"{expected.Count} items");

        var walked = new List<string>();
        var (_, page) = await GetAsync("/api/v1/content?culture=en&take=3");
        while (true)
        {
            walked.AddRange(Items(page).Select(Id));
            if (page.GetProperty("next").GetString() is not { } next)
            {
                break;
            }

            (_, page) = await GetAsync($"/api/v1/content?culture=en&take=3&after={next}");
        }

        Assert.Equal(expected, walked);
        var (_, offset) = await GetAsync("/api/v1/content?culture=en&skip=3&take=3");
        Assert.Equal(expected.Skip(3).Take(3), Items(offset).Select(Id));

        var (_, byTitle) = await GetAsync("/api/v1/content?culture=ru&sort=title:asc&take=100");
        var titles = Items(byTitle).Select(i => i.GetProperty("title").GetString()!).ToList();
        Assert.Equal(titles.Order(StringComparer.Ordinal), titles);
    }

    [Fact]
    public async Task Words_find_items_by_relevance_in_the_asked_language()
    {
        await factory.SearchReadyAsync();
        var (response, found) = await GetAsync("/api/v1/content?culture=en&q=legal%20awareness");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Test news - legal awareness", Items(found).First().GetProperty("title").GetString());
        Assert.Null(found.GetProperty("next").GetString());
    }

    [Theory]
    [InlineData("skip=10001", "skip")]
    [InlineData("take=0", "take")]
    [InlineData("take=101", "take")]
    [InlineData("year=twenty", "year")]
    [InlineData("from=2024-13-01", "from")]
    [InlineData("from=2024-05-01&to=2024-04-01", "to")]
    [InlineData("format=carrier-pigeon", "format")]
    [InlineData("type=page", "type")]
    [InlineData("sort=relevance", "sort")]
    [InlineData("q=x&sort=title:asc", "sort")]
    [InlineData("after=not-a-cursor", "after")]
    [InlineData("q=x&skip=5&take=10", "skip")]
    public async Task A_parameter_that_does_not_read_is_a_400_that_names_it(string query, string parameter)
    {
        var (response, problem) = await GetAsync("/api/v1/content?culture=en&" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    private static List<JsonElement> Items(JsonElement list) => [.. list.GetProperty("items").EnumerateArray()];

    private static string Id(JsonElement item) => item.GetProperty("id").GetString()!;

    private Task<(HttpResponseMessage Response, JsonElement Json)> GetAsync(string address, string? acceptLanguage = null) =>
        _client.GetJsonAsync(address, acceptLanguage);
}
