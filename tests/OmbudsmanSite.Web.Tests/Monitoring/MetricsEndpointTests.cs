using System.Net;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Monitoring;

/// <summary><c>/metrics</c>: Prometheus text with the site's own instruments, for the configured networks only.</summary>
public sealed class MetricsEndpointTests(ProxiedSiteFactory factory) : IClassFixture<ProxiedSiteFactory>
{
    [Fact]
    public async Task This_machine_reads_requests_latency_cache_hits_and_the_sites_gauges()
    {
        using var client = factory.CreateClient();
        var text = "";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        do
        {
            // The first is rendered; a later one comes from the cache once the first is stored.
            using var page = await client.GetAsync(new Uri("/en/news", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            using var metrics = await GetAsync(client, IPAddress.Loopback);
            Assert.Equal(HttpStatusCode.OK, metrics.StatusCode);
            text = await metrics.Content.ReadAsStringAsync();
        }
        while (!text.Contains("result=\"hit\"", StringComparison.Ordinal) && watch.Elapsed < TimeSpan.FromSeconds(10));

        Assert.Contains("ombudsman_output_cache_lookups_total{", text, StringComparison.Ordinal);
        Assert.Contains("result=\"hit\"", text, StringComparison.Ordinal);
        Assert.Contains("result=\"miss\"", text, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds_bucket{", text, StringComparison.Ordinal);
        Assert.Contains("ombudsman_journal_lag", text, StringComparison.Ordinal);
        Assert.Contains("ombudsman_image_jobs_waiting", text, StringComparison.Ordinal);
        Assert.Contains("ombudsman_mail_queue", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_latency_is_recorded()
    {
        using var client = factory.CreateClient();
        using var search = await client.GetAsync(new Uri("/en/search?q=ombudsman", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);

        using var metrics = await GetAsync(client, IPAddress.IPv6Loopback);
        Assert.Contains("ombudsman_search_duration_seconds_bucket{", await metrics.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anyone_else_gets_the_sites_not_found_page()
    {
        using var client = factory.CreateClient();
        using var metrics = await GetAsync(client, ProxiedSiteFactory.Stranger);
        var text = await metrics.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, metrics.StatusCode);
        Assert.DoesNotContain("ombudsman_", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_visitor_through_the_proxy_is_judged_by_her_own_address_not_the_proxys()
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.Add(ProxiedSiteFactory.PeerHeader, ProxiedSiteFactory.Proxy.ToString());
        request.Headers.Add("X-Forwarded-For", "198.51.100.7");
        using var metrics = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, metrics.StatusCode);
    }

    private static Task<HttpResponseMessage> GetAsync(HttpClient client, IPAddress peer)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.Add(ProxiedSiteFactory.PeerHeader, peer.ToString());
        return client.SendAsync(request);
    }
}
