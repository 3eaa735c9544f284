using System.Net;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Hosting;

/// <summary>
/// Behind a TLS-terminating proxy: what the configured proxy forwards (scheme, host, client address)
/// makes canonical links, sitemaps, HSTS and redirects right; the same headers from anyone else, or a
/// host the site does not serve, are not believed.
/// </summary>
public sealed class ForwardedHeadersTests(ProxiedSiteFactory factory) : IClassFixture<ProxiedSiteFactory>
{
    [Fact]
    public async Task The_proxys_scheme_and_host_make_the_links_hsts_and_sitemap()
    {
        using var page = await GetAsync("/en/news", ProxiedSiteFactory.Proxy, "https", ProxiedSiteFactory.PublicHostName);
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains($"<link rel=\"canonical\" href=\"https://{ProxiedSiteFactory.PublicHostName}/en/news\"", html, StringComparison.Ordinal);
        Assert.True(page.Headers.Contains("Strict-Transport-Security"));

        using var sitemap = await GetAsync("/sitemap.xml", ProxiedSiteFactory.Proxy, "https", ProxiedSiteFactory.PublicHostName);
        var xml = await sitemap.Content.ReadAsStringAsync();
        Assert.Contains($"<loc>https://{ProxiedSiteFactory.PublicHostName}/", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("http://localhost", xml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_headers_from_anyone_else_are_not_believed()
    {
        using var page = await GetAsync("/en/news", ProxiedSiteFactory.Stranger, "https", ProxiedSiteFactory.PublicHostName);
        var html = await page.Content.ReadAsStringAsync();

        Assert.Contains("<link rel=\"canonical\" href=\"http://localhost/en/news\"", html, StringComparison.Ordinal);
        Assert.False(page.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task A_forwarded_host_the_site_does_not_serve_is_not_believed_even_from_the_proxy()
    {
        using var page = await GetAsync("/en/news", ProxiedSiteFactory.Proxy, "https", "evil.example");
        var html = await page.Content.ReadAsStringAsync();

        Assert.DoesNotContain("evil.example", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"canonical\" href=\"https://localhost/en/news\"", html, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> GetAsync(string path, IPAddress peer, string scheme, string host)
    {
        using var client = factory.CreatePlainClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(ProxiedSiteFactory.PeerHeader, peer.ToString());
        request.Headers.Add("X-Forwarded-Proto", scheme);
        request.Headers.Add("X-Forwarded-Host", host);
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        return await client.SendAsync(request);
    }
}
