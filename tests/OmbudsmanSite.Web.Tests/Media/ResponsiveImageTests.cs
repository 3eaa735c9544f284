using System.Net;
using AngleSharp.Dom;
using NetVips;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Media;

/// <summary>The news fixture's lead image (1600 × 1067, uSync/Media) as pages show it.</summary>
public sealed class ResponsiveImageTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    private const string NewsEn = "/en/news/test-news-legal-awareness";
    private readonly HttpClient _client = factory.CreatePlainClient();

    [Fact]
    public async Task The_lead_image_offers_avif_and_webp_at_several_widths_over_a_jpeg_with_its_shape()
    {
        var page = await _client.GetPageAsync(NewsEn);

        var figure = page.Document.QuerySelector("figure.item__image")!;
        var sources = figure.QuerySelectorAll("picture source").ToList();
        Assert.Equal(["image/avif", "image/webp"], sources.Select(s => s.GetAttribute("type")));
        var img = figure.QuerySelector("picture img")!;
        Assert.Equal("Participants at a legal awareness lesson", img.GetAttribute("alt"));
        Assert.Equal("Baku, March 2025.", figure.QuerySelector("figcaption")!.TextContent);

        // Above the fold: not lazy, fetched first. Its box has the image's shape before it loads.
        Assert.Null(img.GetAttribute("loading"));
        Assert.Equal("high", img.GetAttribute("fetchpriority"));
        var (width, height) = (int.Parse(img.GetAttribute("width")!), int.Parse(img.GetAttribute("height")!));
        Assert.Equal(1600.0 / 1067, (double)width / height, 2);
        Assert.Equal("(min-width: 44rem) 42rem, calc(100vw - 2rem)", img.GetAttribute("sizes"));

        // Every configured width up to the original's, and never wider.
        foreach (var element in sources.Append(img))
        {
            Assert.Equal(["320w", "480w", "640w", "960w", "1280w", "1600w"], Candidates(element).Select(c => c.Descriptor));
        }
    }

    [Theory]
    [InlineData(0, "image/avif")]
    [InlineData(1, "image/webp")]
    public async Task Each_srcset_candidate_is_a_signed_url_for_that_width_and_format(int source, string contentType)
    {
        var page = await _client.GetPageAsync(NewsEn);
        var candidate = Candidates(page.Document.QuerySelectorAll("figure.item__image source")[source]).First(c => c.Descriptor == "480w");

        using var response = await _client.GetAsync(new Uri(candidate.Url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType!.MediaType);
        using var image = Image.NewFromBuffer(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal((480, 320), (image.Width, image.Height));
        Assert.Contains("sig=", candidate.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_thumbnails_are_lazy_cropped_and_decorative()
    {
        var page = await _client.GetPageAsync("/en");

        var img = page.Document.QuerySelector("#news-heading ~ .summary-list .summary__image img")!;
        Assert.Equal("lazy", img.GetAttribute("loading"));
        Assert.Equal("", img.GetAttribute("alt"));
        Assert.Equal(1.5, double.Parse(img.GetAttribute("width")!) / double.Parse(img.GetAttribute("height")!), 2);
        // Crop is the default mode, so a cropped URL is one with both a width and a height.
        Assert.Matches(@"[?&]width=320&height=213&", img.GetAttribute("src"));
    }

    [Fact]
    public async Task The_alt_text_falls_back_to_the_default_language_marked_with_its_lang()
    {
        // The fixture photo has az and en alt text; the news item is published in az and en.
        var az = await _client.GetPageAsync("/az/xeberler/test-xeberi-huquqi-maariflendirme");

        var img = az.Document.QuerySelector("figure.item__image img")!;
        Assert.Equal("Hüquqi maarifləndirmə dərsində iştirakçılar", img.GetAttribute("alt"));
        Assert.Null(img.GetAttribute("lang"));
    }

    [Fact]
    public async Task Link_previews_get_an_absolute_jpeg_of_the_lead_image()
    {
        var page = await _client.GetPageAsync(NewsEn);

        var url = page.Document.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!;
        Assert.StartsWith("http", url, StringComparison.Ordinal);
        using var response = await _client.GetAsync(new Uri(url));
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType!.MediaType);
        using var image = Image.NewFromBuffer(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(1200, image.Width);
    }

    private static List<(string Url, string Descriptor)> Candidates(IElement element) =>
        element.GetAttribute("srcset")!.Split(", ")
            .Select(candidate => candidate.Split(' '))
            .Select(parts => (parts[0], parts[1]))
            .ToList();
}
