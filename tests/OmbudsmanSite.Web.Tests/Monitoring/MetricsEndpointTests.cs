using System.Net;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Infrastructure.Diagnostics;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Monitoring;

/// <summary><c>/metrics</c>: Prometheus text with the site's own instruments, for the configured networks only.</summary>
public sealed class MetricsEndpointTests(ProxiedSiteFactory factory) : IClassFixture<ProxiedSiteFactory>
{
    [Fact]
    public async Task This_machine_reads_prometheus_text()
    {
        // Which series it holds is checked on the published site, a process of its own
        // (EndToEnd MetricsTests): this test process hosts many sites, whose same-named meters the
        // exporter cannot tell apart.
        using var client = factory.CreateClient();
        using var metrics = await GetAsync(client, IPAddress.Loopback);

        Assert.Equal(HttpStatusCode.OK, metrics.StatusCode);
        Assert.Equal("text/plain", metrics.Content.Headers.ContentType?.MediaType);
        Assert.Contains("# TYPE target_info gauge", await metrics.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_is_counted_a_miss_when_rendered_and_a_hit_when_served_from_the_cache()
    {
        // Read from this site's own meter: the test process hosts many sites, whose same-named meters
        // an exporter would mix; in production one process is one site.
        var meter = factory.Services.GetRequiredService<SiteMetrics>().Meter;
        var counted = new System.Collections.Concurrent.ConcurrentDictionary<string, long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter, meter) && instrument.Name == "ombudsman.output_cache.lookups")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                counted.AddOrUpdate((string)tag.Value!, value, (_, sum) => sum + value);
            }
        });
        listener.Start();

        using var client = factory.CreateClient();
        var path = new Uri("/en/meetings", UriKind.Relative); // asked for by no other test of this site
        var watch = System.Diagnostics.Stopwatch.StartNew();
        do
        {
            using var page = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }
        while (counted.GetValueOrDefault("hit") == 0 && watch.Elapsed < TimeSpan.FromSeconds(10)); // a hit once the first answer is stored

        Assert.True(counted.GetValueOrDefault("miss") >= 1, "the first answer was not counted as rendered");
        Assert.True(counted.GetValueOrDefault("hit") >= 1, "no answer was counted as served from the cache");
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
