using System.Net;
using OmbudsmanSite.EndToEnd.Tests.Support;

namespace OmbudsmanSite.EndToEnd.Tests.Site;

/// <summary>/metrics of the published site, a process of its own, read from this machine (loopback is allowed by default).</summary>
[Collection(PublishedSiteTestGroup.Name)]
public sealed class MetricsTests(PublishedSite site)
{
    [Fact]
    public async Task Requests_latency_cache_hits_search_and_the_sites_gauges_are_in_prometheus_text()
    {
        using var client = new HttpClient { BaseAddress = site.BaseAddress };
        for (var i = 0; i < 3; i++)
        {
            using var page = await client.GetAsync(new Uri("/en/reports", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }

        using var search = await client.GetAsync(new Uri("/en/search?q=report", UriKind.Relative));
        var text = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Contains("http_server_request_duration_seconds_bucket{", text, StringComparison.Ordinal);
        Assert.Contains("ombudsman_output_cache_lookups_total{otel_scope_name=\"OmbudsmanSite\",result=\"miss\"}", text, StringComparison.Ordinal);
        Assert.Contains("ombudsman_search_duration_seconds_bucket{", text, StringComparison.Ordinal);
        foreach (var gauge in new[] { "ombudsman_journal_lag", "ombudsman_journal_applied_sequence", "ombudsman_image_jobs_waiting", "ombudsman_mail_queue" })
        {
            Assert.Contains(gauge + "{", text, StringComparison.Ordinal);
        }
    }
}
