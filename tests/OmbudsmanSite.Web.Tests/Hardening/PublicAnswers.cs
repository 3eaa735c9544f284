using Microsoft.Extensions.DependencyInjection;
using NetVips;
using OmbudsmanSite.Core.Media;
using OmbudsmanSite.Infrastructure.Media;
using OmbudsmanSite.Web.Media;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Hardening;

/// <summary>One address of each kind of answer the public site gives, for the hardening tests.</summary>
internal static class PublicAnswers
{
    public const string PhotoPath = "2026/12/hardening-photo.jpg";
    public const string PdfPath = "2026/12/hardening.pdf";

    public static async Task<Dictionary<string, string>> ArrangeAsync(SiteFactory factory)
    {
        var storage = factory.Services.GetRequiredService<IMediaStorage>();
        using (var image = (Image.Black(800, 600, bands: 3) + 90).Cast(Enums.BandFormat.Uchar))
        {
            await storage.WriteAsync(PhotoPath, image.JpegsaveBuffer());
        }

        await storage.WriteAsync(PdfPath, TestEnvironment.SamplePdf(pages: 1));
        var signer = factory.Services.GetRequiredService<ImageUrlSigner>();
        await factory.SearchReadyAsync();
        return new Dictionary<string, string>
        {
            ["page"] = "/en/meetings",
            ["not found"] = "/en/no-such-page",
            ["feed"] = "/en/feed.xml",
            ["sitemap"] = "/sitemap.xml",
            ["robots"] = "/robots.txt",
            ["favicon"] = "/favicon.ico",
            ["media original"] = $"/media/{PdfPath}",
            ["signed derivative"] = MediaEndpoints.ImageUrl(signer, PhotoPath, new ImageCommands { ResizeWidth = 200, OutputFormat = ImageFormat.WebP }),
            ["suggestions"] = "/api/search/suggestions?culture=en&q=ombudsman",
            ["redirect"] = "/",
        };
    }

    /// <summary>A response header's value, whether HttpClient filed it with the response or the content.</summary>
    public static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;
}
