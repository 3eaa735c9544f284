using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Api;

/// <summary>The API over HTTP: per-language strong ETags and 304, an output cache that never mixes languages and follows the journal, HEAD.</summary>
public sealed class ApiHttpTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    private static readonly Guid Report = Guid.Parse("0e5a1f00-0000-4000-8000-000000000002");

    [Fact]
    public async Task Each_language_has_its_own_strong_etag_and_cached_answer_and_a_publish_moves_both()
    {
        var client = factory.CreatePlainClient();
        var address = $"/api/v1/content/{Report}";
        var (english, englishTitle) = await GetAsync(client, address, "en");
        var (russian, russianTitle) = await GetAsync(client, address, "ru");
        var (englishAgain, englishAgainTitle) = await GetAsync(client, address, "en"); // from the output cache

        Assert.Equal(("Test annual report 2024", "Тестовый ежегодный доклад 2024", "Test annual report 2024"), (englishTitle, russianTitle, englishAgainTitle));
        var tag = english.Headers.ETag!;
        Assert.False(tag.IsWeak);
        Assert.NotEqual(tag, russian.Headers.ETag);
        Assert.Equal(tag, englishAgain.Headers.ETag);
        Assert.Contains("Accept-Language", english.Headers.Vary);

        using var notModified = await SendAsync(client, HttpMethod.Get, address, "en", tag);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Contains("Accept-Language", notModified.Headers.Vary);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(client, HttpMethod.Get, address, "ru", tag)).StatusCode); // another language, never a wrong 304

        await factory.EditItemAsync(Report, v => v with { Cultures = v.Cultures.ToDictionary(c => c.Key, c => c.Key == "en" ? c.Value with { Title = "Annual report 2024, revised" } : c.Value) }, "en");
        var (after, afterTitle) = await GetAsync(client, address, "en");
        Assert.Equal("Annual report 2024, revised", afterTitle);
        Assert.NotEqual(tag, after.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(client, HttpMethod.Get, address, "en", tag)).StatusCode);
    }

    [Fact]
    public async Task Head_answers_as_get_without_a_body()
    {
        var client = factory.CreatePlainClient();
        using var head = await SendAsync(client, HttpMethod.Head, $"/api/v1/content/{Report}?culture=az", null, null);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("application/json", head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.NotNull(head.Headers.ETag);
    }

    private static async Task<(HttpResponseMessage Response, string? Title)> GetAsync(HttpClient client, string address, string language)
    {
        var response = await SendAsync(client, HttpMethod.Get, address, language, null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (response, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString());
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string address, string? language, EntityTagHeaderValue? ifNoneMatch)
    {
        using var request = new HttpRequestMessage(method, address);
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        if (ifNoneMatch is not null)
        {
            request.Headers.IfNoneMatch.Add(ifNoneMatch);
        }

        return await client.SendAsync(request);
    }
}
