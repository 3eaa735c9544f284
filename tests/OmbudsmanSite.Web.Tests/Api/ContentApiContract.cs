using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Api;

/// <summary>The delivery API's contract: items by id and by public path, taxonomy, media; languages, moves, gone, and problems.</summary>
public abstract class ContentApiContract<TFactory>(TFactory factory)
    where TFactory : SiteFactory
{
    private static readonly Guid Report = Guid.Parse("0e5a1f00-0000-4000-8000-000000000002");
    private static readonly Guid Meeting = Guid.Parse("0e5a1f00-0000-4000-8000-000000000004");
    private static readonly Guid Photo = Guid.Parse("0e5a1f00-0000-4000-8000-0000000000a1");

    private readonly HttpClient _client = factory.CreatePlainClient();

    [Fact]
    public async Task An_item_is_given_in_the_asked_language_with_utc_dates_and_the_paths_of_its_languages()
    {
        var (response, json) = await GetAsync($"/api/v1/content/{Report}?culture=en");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Accept-Language", response.Headers.Vary);
        Assert.Equal(("report", "en", "Test annual report 2024"), (json.GetProperty("type").GetString(), json.GetProperty("culture").GetString(), json.GetProperty("title").GetString()));
        Assert.Equal("/en/reports/test-annual-report-2024", json.GetProperty("path").GetString());
        Assert.Equal(["az", "en", "ru"], json.GetProperty("cultures").EnumerateObject().Select(c => c.Name));
        Assert.EndsWith("Z", json.GetProperty("updatedUtc").GetString(), StringComparison.Ordinal);
        Assert.Equal(2024, json.GetProperty("report").GetProperty("year").GetInt32());

        var (_, russian) = await GetAsync($"/api/v1/content/{Report}", acceptLanguage: "ru-RU, en;q=0.5");
        Assert.Equal(("ru", "Тестовый ежегодный доклад 2024"), (russian.GetProperty("culture").GetString(), russian.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task A_meeting_names_its_format_people_and_organisations_and_gives_its_local_time_in_Baku()
    {
        var (_, json) = await GetAsync($"/api/v1/content/{Meeting}?culture=en");

        var meeting = json.GetProperty("meeting");
        Assert.Equal(("inPerson", "Baku"), (meeting.GetProperty("format").GetString(), meeting.GetProperty("location").GetString()));
        var participant = meeting.GetProperty("participants")[0];
        Assert.Equal("sabina-aliyeva", participant.GetProperty("person").GetProperty("alias").GetString());
        Assert.Equal("Ombudsman", participant.GetProperty("role").GetString());
        Assert.Contains("ohchr", json.GetProperty("organisations").EnumerateArray().Select(o => o.GetProperty("alias").GetString()));
        Assert.Equal("2030-06-01T06:00:00Z", json.GetProperty("dateUtc").GetString());
        Assert.Equal("2030-06-01T10:00:00+04:00", json.GetProperty("dateLocal").GetString());
    }

    [Fact]
    public async Task A_public_path_gives_its_route_an_old_one_moves_with_301_and_a_deleted_ones_is_gone()
    {
        var (found, item) = await GetAsync("/api/v1/content/route?path=%2Fen%2Freports%2Ftest-annual-report-2024");
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.Equal(("item", Report.ToString()), (item.GetProperty("kind").GetString(), item.GetProperty("item").GetProperty("id").GetString()));
        var (_, section) = await GetAsync("/api/v1/content/route?path=/ru/vstrechi");
        Assert.Equal(("section", "meetings", "/ru/vstrechi"), (section.GetProperty("kind").GetString(), section.GetProperty("section").GetString(), section.GetProperty("path").GetString()));

        var id = await factory.CreateNewsAsync(new Dictionary<string, string> { ["en"] = "Api news to move" }, ["en"]);
        var editing = factory.Services.GetRequiredService<ContentEditingService>();
        Assert.True((await editing.ChangeSlugAsync(id, "en", "api-news-moved", SiteFactory.Editor)).Succeeded);
        await factory.JournalAppliedAsync();
        var (moved, body) = await GetAsync("/api/v1/content/route?path=/en/news/api-news-to-move");
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal("/api/v1/content/route?path=%2Fen%2Fnews%2Fapi-news-moved", moved.Headers.Location?.OriginalString);
        Assert.Equal("/en/news/api-news-moved", body.GetProperty("path").GetString());

        Assert.True((await editing.DeleteAsync(id, SiteFactory.Editor)).Succeeded);
        await factory.JournalAppliedAsync();
        var (gone, problem) = await GetAsync("/api/v1/content/route?path=/en/news/api-news-moved");
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        Assert.Equal("application/problem+json", gone.Content.Headers.ContentType?.MediaType);
        Assert.Equal(410, problem.GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync($"/api/v1/content/{id}")).Response.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/content/0e5a1f00-0000-4000-8000-000000000002?culture=fr", "culture")]
    [InlineData("/api/v1/content/route", "path")]
    [InlineData("/api/v1/content/route?path=en/news", "path")]
    [InlineData("/api/v1/taxonomy/colours", "kind")]
    [InlineData("/api/v1/taxonomy/1", "kind")]
    public async Task A_bad_parameter_is_a_400_problem_that_names_it(string address, string parameter)
    {
        var (response, problem) = await GetAsync(address);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    [Fact]
    public async Task Unknown_items_and_files_are_404_problems()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync($"/api/v1/content/{Guid.NewGuid()}")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync($"/api/v1/media/{Guid.NewGuid()}")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("/api/v1/content/route?path=/en/news/no-such-news")).Response.StatusCode);
    }

    [Fact]
    public async Task Taxonomy_is_listed_by_kind_with_names_in_the_asked_language()
    {
        var (response, json) = await GetAsync("/api/v1/taxonomy/organisation?culture=en");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ohchr = json.EnumerateArray().Single(t => t.GetProperty("alias").GetString() == "ohchr");
        Assert.Contains("Human Rights", ohchr.GetProperty("name").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_gives_its_size_hash_pixels_alt_texts_and_signed_widths_but_not_where_it_is_stored()
    {
        var (response, json) = await GetAsync($"/api/v1/media/{Photo}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("^[0-9a-f]{64}$", json.GetProperty("sha256").GetString());
        Assert.True(json.GetProperty("size").GetInt64() > 0);
        Assert.True(json.GetProperty("width").GetInt32() > 0);
        Assert.Equal("Participants at a legal awareness lesson", json.GetProperty("altText").GetProperty("en").GetString());
        var width = json.GetProperty("widths").EnumerateObject().First();
        Assert.Contains("&sig=", width.Value.GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(new Uri(width.Value.GetString()!, UriKind.Relative))).StatusCode);
        Assert.False(json.TryGetProperty("storagePath", out _));
    }

    private Task<(HttpResponseMessage Response, JsonElement Json)> GetAsync(string address, string? acceptLanguage = null) =>
        _client.GetJsonAsync(address, acceptLanguage);
}
