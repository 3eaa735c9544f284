using System.Net;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Api;

/// <summary>The API's per-client limit (a 429 problem with Retry-After) and CORS for the configured origins only.</summary>
public sealed class ApiLimitsTests(ApiLimitedSiteFactory factory) : IClassFixture<ApiLimitedSiteFactory>
{
    [Fact]
    public async Task A_configured_origin_may_read_from_a_browser_another_may_not_and_a_client_past_its_burst_gets_a_429_problem()
    {
        var client = factory.CreatePlainClient();
        using var partner = new HttpRequestMessage(HttpMethod.Get, "/api/v1/taxonomy/topic?culture=en");
        partner.Headers.Add("Origin", ApiLimitedSiteFactory.PartnerOrigin);
        using var allowed = await client.SendAsync(partner);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(ApiLimitedSiteFactory.PartnerOrigin, allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());

        using var stranger = new HttpRequestMessage(HttpMethod.Get, "/api/v1/taxonomy/person?culture=en");
        stranger.Headers.Add("Origin", "https://elsewhere.example");
        using var refusedOrigin = await client.SendAsync(stranger);
        Assert.False(refusedOrigin.Headers.Contains("Access-Control-Allow-Origin"));

        using var third = await client.GetAsync(new Uri("/api/v1/taxonomy/organisation?culture=en", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        using var limited = await client.GetAsync(new Uri("/api/v1/taxonomy/organisation?culture=az", UriKind.Relative));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/en/meetings", UriKind.Relative))).StatusCode); // the pages have their own limits
    }
}
