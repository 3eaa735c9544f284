using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Infrastructure.Media;
using OmbudsmanSite.Web.Security;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Hardening;

/// <summary>Every kind of answer carries the security headers of <see cref="SecurityHeadersOptions"/>, and none names the server.</summary>
public sealed class SecurityHeadersTests(SiteFactory factory) : IClassFixture<SiteFactory>, IAsyncLifetime
{
    private readonly HttpClient _client = factory.CreatePlainClient();
    private Dictionary<string, string> _answers = [];

    public async Task InitializeAsync() => _answers = await PublicAnswers.ArrangeAsync(factory);

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("page", HttpStatusCode.OK)]
    [InlineData("not found", HttpStatusCode.NotFound)]
    [InlineData("feed", HttpStatusCode.OK)]
    [InlineData("sitemap", HttpStatusCode.OK)]
    [InlineData("robots", HttpStatusCode.OK)]
    [InlineData("favicon", HttpStatusCode.OK)]
    [InlineData("media original", HttpStatusCode.OK)]
    [InlineData("signed derivative", HttpStatusCode.OK)]
    [InlineData("suggestions", HttpStatusCode.OK)]
    [InlineData("redirect", HttpStatusCode.Found)]
    public async Task Every_kind_of_answer_carries_the_security_headers(string kind, HttpStatusCode status)
    {
        using var response = await _client.GetAsync(new Uri(_answers[kind], UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
        AssertSecurityHeaders(response);
    }

    [Fact]
    public async Task Errors_and_refused_methods_carry_them_too()
    {
        using var unsigned = await _client.GetAsync(new Uri($"/media/{PublicAnswers.PhotoPath}?width=300", UriKind.Relative));
        using var delete = await _client.DeleteAsync(new Uri("/en/feed.xml", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, unsigned.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, delete.StatusCode);
        AssertSecurityHeaders(unsigned);
        AssertSecurityHeaders(delete);
    }

    [Fact]
    public async Task An_svg_document_keeps_its_stricter_sandbox_policy()
    {
        const string SvgPath = "2026/12/drawing.svg";
        await factory.Services.GetRequiredService<IMediaStorage>().WriteAsync(SvgPath, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>"u8.ToArray());

        using var response = await _client.GetAsync(new Uri($"/media/{SvgPath}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("default-src 'none'; style-src 'unsafe-inline'; sandbox", PublicAnswers.Header(response, "Content-Security-Policy"));
    }

    internal static void AssertSecurityHeaders(HttpResponseMessage response)
    {
        var expected = new SecurityHeadersOptions();
        Assert.Equal(expected.ContentSecurityPolicy, PublicAnswers.Header(response, "Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", expected.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.Equal("nosniff", PublicAnswers.Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", PublicAnswers.Header(response, "Referrer-Policy"));
        Assert.Equal("camera=(), microphone=(), geolocation=()", PublicAnswers.Header(response, "Permissions-Policy"));
        Assert.Equal("same-origin", PublicAnswers.Header(response, "Cross-Origin-Opener-Policy"));
        Assert.False(response.Headers.Contains("Server"), "No answer names the server.");
    }
}
