using System.Text;
using Microsoft.Extensions.Options;
using NetVips;
using OmbudsmanSite.Core.Media;
using OmbudsmanSite.Infrastructure.Media;

namespace OmbudsmanSite.Infrastructure.Tests.Media;

public sealed class MediaFileInspectorTests
{
    private readonly MediaFileInspector _inspector = new(Options.Create(new MediaOptions { MaxFileBytes = 5 * 1024 * 1024, MaxPixels = 20_000_000 }));

    [Fact]
    public void Accepts_images_by_their_content_with_their_size()
    {
        var jpeg = _inspector.Inspect(TestImages.Jpeg(640, 480));
        var png = _inspector.Inspect(TestImages.Png(10, 20));
        var webp = _inspector.Inspect(TestImages.WebP(30, 40));

        Assert.Equal((true, MediaFileKind.Jpeg, 640, 480), (jpeg.IsAccepted, jpeg.Kind, jpeg.Width!.Value, jpeg.Height!.Value));
        Assert.Equal(MediaFileKind.Png, png.Kind);
        Assert.Equal(MediaFileKind.WebP, webp.Kind);
    }

    [Fact]
    public void Refuses_a_truncated_jpeg()
    {
        var jpeg = TestImages.Jpeg(640, 480);

        var result = _inspector.Inspect(jpeg[..(jpeg.Length / 2)]);

        Assert.False(result.IsAccepted);
        Assert.Contains("damaged or incomplete", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_renamed_program()
    {
        var exe = new byte[4096];
        "MZ"u8.CopyTo(exe);
        Encoding.ASCII.GetBytes("This program cannot be run in DOS mode.").CopyTo(exe, 78);

        var result = _inspector.Inspect(exe);

        Assert.False(result.IsAccepted);
        Assert.Contains("content was checked, not its name", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_decompression_bomb_from_its_header()
    {
        // 20,000 × 20,000 pixels of one colour: a few hundred KB of PNG, 1.2 GB decoded.
        using var huge = Image.Black(20_000, 20_000).Cast(Enums.BandFormat.Uchar);
        var bomb = huge.PngsaveBuffer(compression: 9);

        var result = _inspector.Inspect(bomb);

        Assert.True(bomb.Length < 5 * 1024 * 1024);
        Assert.False(result.IsAccepted);
        Assert.Contains("20000 × 20000 pixels", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_files_over_the_size_limit()
    {
        var result = _inspector.Inspect(new byte[6 * 1024 * 1024]);

        Assert.False(result.IsAccepted);
        Assert.Contains("the limit is 5 MB", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect onload=\"alert(1)\"/></svg>")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"javascript:alert(1)\"><rect/></a></svg>")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x \"y\">]><svg xmlns=\"http://www.w3.org/2000/svg\">&x;</svg>")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"https://tracker.example/p.png\"/></svg>")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject><body/></foreignObject></svg>")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><style>@import url(https://tracker.example/s.css);</style><rect/></svg>")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><style>@IMPORT 'https://tracker.example/s.css';</style><rect/></svg>")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect style=\"fill: url( 'https://tracker.example/p.png')\"/></svg>")]
    public void Refuses_svg_with_script_or_external_content(string svg)
    {
        var result = _inspector.Inspect(Encoding.UTF8.GetBytes(svg));

        Assert.False(result.IsAccepted);
        Assert.Contains("SVG", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepts_a_plain_svg_drawing()
    {
        var result = _inspector.Inspect("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><defs><linearGradient id=\"g\"/></defs><use href=\"#a\"/><circle id=\"a\" r=\"4\" cx=\"5\" cy=\"5\" style=\"fill: url(#g)\"/></svg>"u8.ToArray());

        Assert.True(result.IsAccepted, result.Error);
        Assert.Equal(MediaFileKind.Svg, result.Kind);
    }

    [Theory]
    [InlineData("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj")]
    [InlineData("<html><script>alert(1)</script></html>")]
    public void Refuses_an_image_that_is_also_something_else(string appended)
    {
        var polyglot = TestImages.Jpeg(64, 64).Concat(Encoding.ASCII.GetBytes(appended)).ToArray();

        var result = _inspector.Inspect(polyglot);

        Assert.False(result.IsAccepted);
        Assert.Contains("two things at once", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepts_a_pdf_and_refuses_one_with_javascript()
    {
        var plain = TestEnvironment.SamplePdf(pages: 2);
        var scripted = Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(plain).Replace("/Type /Catalog", "/Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >>", StringComparison.Ordinal));

        Assert.True(_inspector.Inspect(plain).IsAccepted, _inspector.Inspect(plain).Error);
        var refused = _inspector.Inspect(scripted);
        Assert.False(refused.IsAccepted);
        Assert.Contains("active content", refused.Error, StringComparison.Ordinal);
    }
}
