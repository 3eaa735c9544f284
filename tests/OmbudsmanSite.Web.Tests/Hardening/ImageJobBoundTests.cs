using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NetVips;
using OmbudsmanSite.Core.Media;
using OmbudsmanSite.Infrastructure.Media;
using OmbudsmanSite.Web.Media;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Hardening;

/// <summary>Image processing runs in a bounded number of slots; a request that finds none free in time gets 503 with Retry-After.</summary>
public sealed class ImageJobBoundTests(OneImageJobSiteFactory factory) : IClassFixture<OneImageJobSiteFactory>
{
    private const string PhotoPath = "2026/12/bounded.jpg";

    [Fact]
    public async Task A_request_waiting_past_the_timeout_gets_503_with_retry_after_then_succeeds()
    {
        using (var image = (Image.Black(640, 480, bands: 3) + 60).Cast(Enums.BandFormat.Uchar))
        {
            await factory.Services.GetRequiredService<IMediaStorage>().WriteAsync(PhotoPath, image.JpegsaveBuffer());
        }

        var client = factory.CreatePlainClient();
        var url = new Uri(MediaEndpoints.ImageUrl(factory.Services.GetRequiredService<ImageUrlSigner>(), PhotoPath, new ImageCommands { ResizeWidth = 123 }), UriKind.Relative);
        var gate = factory.Services.GetRequiredService<ImageProcessingGate>();

        HttpResponseMessage busy;
        using (var taken = await gate.TryEnterAsync(CancellationToken.None))
        {
            Assert.NotNull(taken);
            Assert.Null(await gate.TryEnterAsync(CancellationToken.None)); // The one slot is held.
            busy = await client.GetAsync(url);
        }

        using var served = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), busy.Headers.RetryAfter?.Delta);
        Assert.True(busy.Headers.CacheControl?.NoStore);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/jpeg", served.Content.Headers.ContentType?.MediaType);
        busy.Dispose();
    }
}
