using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NetVips;
using OmbudsmanSite.Core.Media;
using OmbudsmanSite.Infrastructure.Media;
using OmbudsmanSite.Web.Media;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Media;

public sealed class MediaEndpointTests(SiteFactory factory) : IClassFixture<SiteFactory>, IAsyncLifetime
{
    private const string PhotoPath = "2026/11/photo-4000.jpg";
    private readonly HttpClient _client = factory.CreatePlainClient();

    public async Task InitializeAsync()
    {
        using var image = (Image.Black(1600, 1200, bands: 3) + 90).Cast(Enums.BandFormat.Uchar);
        await factory.Services.GetRequiredService<IMediaStorage>().WriteAsync(PhotoPath, image.JpegsaveBuffer());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private ImageUrlSigner Signer => factory.Services.GetRequiredService<ImageUrlSigner>();

    [Fact]
    public async Task A_signed_url_gives_the_derivative_cached_for_a_year()
    {
        var url = MediaEndpoints.ImageUrl(Signer, PhotoPath, new ImageCommands { ResizeWidth = 400, OutputFormat = ImageFormat.WebP });

        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/webp", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
        using var image = Image.NewFromBuffer(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal((400, 300), (image.Width, image.Height));
    }

    [Theory]
    [InlineData("width=400&format=webp")]
    [InlineData("width=400&format=webp&sig=AAAAAAAAAAAAAAAAAAAAAA")]
    public async Task Unsigned_or_tampered_commands_are_refused(string query)
    {
        var signed = MediaEndpoints.ImageUrl(Signer, PhotoPath, new ImageCommands { ResizeWidth = 400 });
        var tampered = signed.Replace("width=400", "width=3000", StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Forbidden, (await _client.GetAsync(new Uri($"/media/{PhotoPath}?{query}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _client.GetAsync(new Uri(tampered, UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData("width=99999")]
    [InlineData("rmode=zoom")]
    [InlineData("format=exe")]
    public async Task Bad_commands_get_a_clear_400(string query)
    {
        using var response = await _client.GetAsync(new Uri($"/media/{PhotoPath}?{query}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("must be", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_requests_for_a_new_derivative_are_processed_once_then_served_from_disk()
    {
        var cache = factory.Services.GetRequiredService<ProcessedImageCache>();
        var url = MediaEndpoints.ImageUrl(Signer, PhotoPath, new ImageCommands { ResizeWidth = 321, ResizeHeight = 123, OutputFormat = ImageFormat.Avif });
        var before = cache.Misses;

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => _client.GetAsync(new Uri(url, UriKind.Relative))));
        using var again = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(1, cache.Misses - before);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, cache.Misses - before);
        var etag = again.Headers.ETag!.Tag;
        using var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.ParseAdd(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await _client.SendAsync(conditional)).StatusCode);
    }

    [Theory]
    [InlineData("/media/2026/11/missing.jpg")]
    [InlineData("/media/..%2F..%2Fombudsman.db")]
    [InlineData("/media/%2Fetc%2Fpasswd")]
    public async Task Missing_files_and_paths_outside_the_library_are_not_found(string path)
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task An_image_s_own_url_gives_it_full_size_without_its_metadata()
    {
        const string TaggedPath = "2026/11/phone-photo.jpg";
        using (var plain = (Image.Black(640, 480, bands: 3) + 60).Cast(Enums.BandFormat.Uchar))
        using (var tagged = plain.Mutate(m => m.Set(GValue.GStrType, "exif-ifd0-ImageDescription", "GPS 40.4093N 49.8671E")))
        {
            await factory.Services.GetRequiredService<IMediaStorage>().WriteAsync(TaggedPath, tagged.JpegsaveBuffer());
        }

        using var response = await _client.GetAsync(new Uri($"/media/{TaggedPath}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
        using var served = Image.NewFromBuffer(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal((640, 480), (served.Width, served.Height));
        Assert.DoesNotContain("exif-data", served.GetFields());
    }

    [Fact]
    public async Task A_document_is_streamed_as_stored_with_ranges()
    {
        const string PdfPath = "2026/11/report.pdf";
        var pdf = TestEnvironment.SamplePdf(pages: 3);
        await factory.Services.GetRequiredService<IMediaStorage>().WriteAsync(PdfPath, pdf);

        using var whole = await _client.GetAsync(new Uri($"/media/{PdfPath}", UriKind.Relative));
        using var ranged = new HttpRequestMessage(HttpMethod.Get, $"/media/{PdfPath}");
        ranged.Headers.Range = new System.Net.Http.Headers.RangeHeaderValue(0, 7);
        using var part = await _client.SendAsync(ranged);

        Assert.Equal(pdf, await whole.Content.ReadAsByteArrayAsync());
        Assert.Equal("application/pdf", whole.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal("%PDF-1.4"u8.ToArray(), await part.Content.ReadAsByteArrayAsync());
    }
}
