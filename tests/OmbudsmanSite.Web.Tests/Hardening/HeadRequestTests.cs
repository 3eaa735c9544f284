using System.Net;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Hardening;

/// <summary>HEAD is answered like GET without a body on every GET endpoint (RFC 9110 §9.3.2); other methods get 405 with Allow.</summary>
public sealed class HeadRequestTests(SiteFactory factory) : IClassFixture<SiteFactory>, IAsyncLifetime
{
    private static readonly string[] ComparedHeaders =
        ["Content-Type", "Cache-Control", "ETag", "Last-Modified", "Content-Security-Policy", "Vary", "Location"];

    private readonly HttpClient _client = factory.CreatePlainClient();
    private Dictionary<string, string> _answers = [];

    public async Task InitializeAsync() => _answers = await PublicAnswers.ArrangeAsync(factory);

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("page")]
    [InlineData("not found")]
    [InlineData("feed")]
    [InlineData("sitemap")]
    [InlineData("favicon")]
    [InlineData("media original")]
    [InlineData("signed derivative")]
    [InlineData("suggestions")]
    [InlineData("redirect")]
    public async Task Head_answers_like_get_without_a_body(string kind)
    {
        var url = new Uri(_answers[kind], UriKind.Relative);
        using var get = await _client.GetAsync(url);
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(get.StatusCode, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.True(get.StatusCode == HttpStatusCode.Found || (await get.Content.ReadAsByteArrayAsync()).Length > 0, "The GET has the body the HEAD leaves out.");
        foreach (var name in ComparedHeaders)
        {
            Assert.Equal(PublicAnswers.Header(get, name), PublicAnswers.Header(head, name));
        }
    }

    [Fact]
    public async Task A_head_of_a_cached_page_is_a_cache_hit_with_the_same_validators()
    {
        var url = new Uri("/ru/vstrechi", UriKind.Relative);
        using var first = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
        using var get = await _client.GetAsync(url);
        using var second = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(get.Headers.ETag, first.Headers.ETag);
        Assert.Equal(get.Headers.ETag, second.Headers.ETag);
        Assert.Contains("Встречи", await get.Content.ReadAsStringAsync(), StringComparison.Ordinal); // The HEAD did not cache an empty body.
    }

    [Theory]
    [InlineData("page", "DELETE")]
    [InlineData("page", "POST")]
    [InlineData("feed", "POST")]
    [InlineData("sitemap", "PUT")]
    [InlineData("suggestions", "PATCH")]
    [InlineData("media original", "DELETE")]
    public async Task Other_methods_get_405_with_allow(string kind, string method)
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(_answers[kind], UriKind.Relative)));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        var allow = response.Content.Headers.Allow;
        Assert.Contains("GET", allow);
        Assert.Contains("HEAD", allow);
        Assert.DoesNotContain(method, allow);
    }
}
