using System.Net;
using System.Text.Json;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Api;

/// <summary><c>expand=</c> and <c>fields=</c> on every document type, nested, on every endpoint that gives items, and refused when wrong.</summary>
public abstract class ApiShapeContract<TFactory>(TFactory factory)
    where TFactory : SiteFactory
{
    private const string News = "0e5a1f00-0000-4000-8000-000000000001";
    private const string Report = "0e5a1f00-0000-4000-8000-000000000002";
    private const string Page = "0e5a1f00-0000-4000-8000-000000000003";
    private const string Meeting = "0e5a1f00-0000-4000-8000-000000000004";
    private const string Photo = "0e5a1f00-0000-4000-8000-0000000000a1";

    private readonly HttpClient _client = factory.CreatePlainClient();

    [Theory]
    [InlineData(News)]
    [InlineData(Report)]
    [InlineData(Page)]
    [InlineData(Meeting)]
    public async Task Unexpanded_an_item_names_what_expansion_would_add_and_fields_keep_what_is_asked(string id)
    {
        var plain = await ItemAsync($"/api/v1/content/{id}?culture=en");
        Assert.False(plain.TryGetProperty("image", out _));
        Assert.False(plain.TryGetProperty("related", out _));
        Assert.All(plain.GetProperty("topics").EnumerateArray(), t => Assert.False(t.TryGetProperty("names", out _)));

        var trimmed = await ItemAsync($"/api/v1/content/{id}?culture=en&fields=title,path");
        Assert.Equal(["culture", "id", "path", "title", "type"], trimmed.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(plain.GetProperty("title").GetString(), trimmed.GetProperty("title").GetString());

        var all = await ItemAsync($"/api/v1/content/{id}?culture=en&expand=media,taxonomy,related,participants");
        Assert.Equal(JsonValueKind.Array, all.GetProperty("related").ValueKind);
        Assert.All(all.GetProperty("topics").EnumerateArray(), t => Assert.True(t.GetProperty("names").TryGetProperty("az", out _)));
        Assert.Equal(plain.TryGetProperty("imageId", out var image) && image.ValueKind == JsonValueKind.String, all.TryGetProperty("image", out _));
    }

    [Fact]
    public async Task Media_expands_to_the_lead_image_and_a_reports_files_with_their_signed_widths()
    {
        var news = await ItemAsync($"/api/v1/content/{News}?culture=en&expand=media");
        var image = news.GetProperty("image");
        Assert.Equal(Photo, image.GetProperty("id").GetString());
        Assert.NotEmpty(image.GetProperty("widths").EnumerateObject());
        Assert.Equal(64, image.GetProperty("sha256").GetString()!.Length);

        var report = await ItemAsync($"/api/v1/content/{Report}?culture=en&expand=media&fields=report.fileMedia");
        var files = report.GetProperty("report").GetProperty("fileMedia");
        Assert.NotEmpty(files.EnumerateObject());
        Assert.All(files.EnumerateObject(), f => Assert.Equal("application/pdf", f.Value.GetProperty("contentType").GetString()));
        Assert.Equal(["fileMedia"], report.GetProperty("report").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Participants_expand_to_names_in_every_language_and_fields_reach_into_them()
    {
        var meeting = await ItemAsync($"/api/v1/content/{Meeting}?culture=en&expand=participants&fields=meeting.participants.person,meeting.location");
        var shown = meeting.GetProperty("meeting");
        Assert.Equal(["location", "participants"], shown.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        var person = shown.GetProperty("participants")[0];
        Assert.Equal(["person"], person.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Səbinə Əliyeva", person.GetProperty("person").GetProperty("names").GetProperty("az").GetString());

        var plain = await ItemAsync($"/api/v1/content/{Meeting}?culture=en");
        Assert.False(plain.GetProperty("meeting").GetProperty("participants")[0].GetProperty("person").TryGetProperty("names", out _));
    }

    [Fact]
    public async Task Related_items_expand_with_their_own_expansions_and_fields_one_level_down()
    {
        var news = await ItemAsync($"/api/v1/content/{News}?culture=en&expand=related.media,related.taxonomy&fields=title,related.title,related.image,related.topics");
        var related = news.GetProperty("related").EnumerateArray().ToList();
        Assert.NotEmpty(related);
        Assert.All(related, r =>
        {
            Assert.Subset(new HashSet<string> { "id", "type", "culture", "title", "image", "topics" }, r.EnumerateObject().Select(p => p.Name).ToHashSet());
            Assert.False(r.TryGetProperty("related", out _));
            Assert.All(r.GetProperty("topics").EnumerateArray(), t => Assert.True(t.TryGetProperty("names", out _)));
        });
        Assert.False(news.TryGetProperty("image", out _)); // the item's own media were not asked for
    }

    [Fact]
    public async Task Lists_routes_and_the_sync_feed_take_the_same_shape()
    {
        var (_, list) = await _client.GetJsonAsync("/api/v1/content?culture=en&type=newsArticle&expand=taxonomy&fields=topics");
        Assert.All(list.GetProperty("items").EnumerateArray(), i => Assert.Equal(["culture", "id", "topics", "type"], i.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)));
        Assert.True(list.TryGetProperty("total", out _)); // the list's own members stay

        var (_, route) = await _client.GetJsonAsync("/api/v1/content/route?path=/en/reports/test-annual-report-2024&fields=report.year");
        Assert.Equal(["culture", "id", "report", "type"], route.GetProperty("item").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal("item", route.GetProperty("kind").GetString());

        var (_, changes) = await _client.GetJsonAsync("/api/v1/changes?since=0&culture=en&take=5&expand=media&fields=title,image.url");
        var items = changes.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("item")).Where(i => i.ValueKind == JsonValueKind.Object).ToList();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.Subset(new HashSet<string> { "id", "type", "culture", "title", "image" }, i.EnumerateObject().Select(p => p.Name).ToHashSet()));
    }

    [Theory]
    [InlineData("expand=pictures", "expand")]
    [InlineData("expand=related.related", "expand")]
    [InlineData("expand=Media", "expand")]
    [InlineData("fields=titel", "fields")]
    [InlineData("fields=meeting.place", "fields")]
    [InlineData("fields=title.length", "fields")]
    public async Task A_wrong_expansion_or_field_is_a_400_naming_its_parameter(string query, string parameter)
    {
        foreach (var address in new[] { $"/api/v1/content/{News}?{query}", $"/api/v1/content?{query}", $"/api/v1/changes?since=0&{query}", $"/api/v1/content/route?path=/en/news&{query}" })
        {
            var (response, problem) = await _client.GetJsonAsync(address);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), $"{address}: {problem}");
        }
    }

    private async Task<JsonElement> ItemAsync(string address)
    {
        var (response, json) = await _client.GetJsonAsync(address);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return json;
    }
}
