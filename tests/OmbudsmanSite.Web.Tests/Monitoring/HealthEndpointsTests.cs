using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Infrastructure.Media;
using OmbudsmanSite.Infrastructure.Search;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Monitoring;

/// <summary><c>/health/live</c> and <c>/health/ready</c>: JSON per check, never cached, 503 when a readiness check fails.</summary>
public sealed class HealthEndpointsTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Live_answers_for_the_process_and_ready_for_every_dependency()
    {
        await factory.SearchReadyAsync();
        using var client = factory.CreatePlainClient();

        var (live, liveJson) = await GetAsync(client, "/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(["process"], liveJson.GetProperty("checks").EnumerateObject().Select(c => c.Name));
        Assert.True(live.Headers.CacheControl?.NoStore);

        await factory.JournalAppliedAsync();
        var (ready, readyJson) = await GetAsync(client, "/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", readyJson.GetProperty("status").GetString());
        Assert.Equal(["database", "disk", "journal", "mediaStorage", "searchIndex"], readyJson.GetProperty("checks").EnumerateObject().Select(c => c.Name).Order(StringComparer.Ordinal));
        Assert.Equal(0, readyJson.GetProperty("checks").GetProperty("journal").GetProperty("data").GetProperty("lag").GetInt64());
        var search = readyJson.GetProperty("checks").GetProperty("searchIndex").GetProperty("data");
        Assert.Equal("Ready", search.GetProperty("status").GetString());
        Assert.True(Enum.TryParse<SearchIndexStartKind>(search.GetProperty("start").GetString(), out _), search.ToString());
        Assert.True(search.GetProperty("journalSequence").GetInt64() > 0, search.ToString()); // the seeded content's rows, kept in the index's commit
        Assert.True(ready.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Ready_is_503_naming_the_check_when_media_storage_refuses_writes()
    {
        await factory.SearchReadyAsync();
        var root = factory.Services.GetRequiredService<LocalMediaStorage>().Root;
        var probe = Path.Combine(root, LocalMediaStorage.HealthProbeFolder);
        Directory.CreateDirectory(root);
        if (Directory.Exists(probe))
        {
            Directory.Delete(probe, recursive: true); // left by an earlier probe
        }

        File.WriteAllText(probe, "a file where the probe's folder would be"); // no write can go under it
        try
        {
            using var client = factory.CreatePlainClient();
            var (ready, json) = await GetAsync(client, "/health/ready");

            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
            Assert.Equal("Unhealthy", json.GetProperty("checks").GetProperty("mediaStorage").GetProperty("status").GetString());
            Assert.Equal("Healthy", json.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode);
        }
        finally
        {
            File.Delete(probe);
        }
    }

    private static async Task<(HttpResponseMessage Response, JsonElement Json)> GetAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return (response, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }
}
