using NetVips;
using OmbudsmanSite.Core.Media;
using OmbudsmanSite.Infrastructure.Media;

namespace OmbudsmanSite.Infrastructure.Tests.Media;

public sealed class ImageProcessorTests
{
    private static readonly byte[] Landscape = TestImages.Jpeg(800, 600);

    [Theory]
    [InlineData(ResizeMode.Crop, 400, 400, 400, 400)]
    [InlineData(ResizeMode.Pad, 400, 400, 400, 400)]
    [InlineData(ResizeMode.BoxPad, 400, 400, 400, 400)]
    [InlineData(ResizeMode.BoxPad, 1000, 1000, 1000, 1000)] // Padded, not enlarged (checked below).
    [InlineData(ResizeMode.Max, 400, 400, 400, 300)]
    [InlineData(ResizeMode.Max, 1600, 1600, 800, 600)] // Never enlarged.
    [InlineData(ResizeMode.Min, 400, 400, 533, 400)]
    [InlineData(ResizeMode.Min, 1600, 1600, 800, 600)] // Never enlarged.
    [InlineData(ResizeMode.Stretch, 300, 500, 300, 500)]
    public void Each_mode_gives_the_expected_size(ResizeMode mode, int width, int height, int expectedWidth, int expectedHeight)
    {
        var result = ImageProcessor.Process(Landscape, new ImageCommands { ResizeWidth = width, ResizeHeight = height, ResizeMode = mode }, ImageFormat.Jpg);

        using var image = Image.NewFromBuffer(result.Bytes);
        Assert.Equal((expectedWidth, expectedHeight), (image.Width, image.Height));
        Assert.Equal((expectedWidth, expectedHeight), (result.Width, result.Height));
    }

    [Fact]
    public void Width_alone_keeps_the_aspect_ratio()
    {
        var result = ImageProcessor.Process(Landscape, new ImageCommands { ResizeWidth = 400 }, ImageFormat.Jpg);

        Assert.Equal((400, 300), (result.Width, result.Height));
    }

    [Fact]
    public void Boxpad_keeps_a_small_image_at_its_size_inside_the_padding()
    {
        var result = ImageProcessor.Process(TestImages.Png(100, 50), new ImageCommands { ResizeWidth = 200, ResizeHeight = 200, ResizeMode = ResizeMode.BoxPad, OutputFormat = ImageFormat.Png }, ImageFormat.Png);

        using var image = Image.NewFromBuffer(result.Bytes);
        using var alpha = image[image.Bands - 1];
        Assert.Equal(0, alpha.Getpoint(0, 0)[0]); // Transparent padding.
        Assert.Equal(255, alpha.Getpoint(100, 100)[0]); // The image itself, centred and not enlarged: 100 px wide from x=50.
        Assert.Equal(0, alpha.Getpoint(40, 100)[0]);
    }

    [Theory]
    [InlineData(ResizeAnchor.Left, 0)]
    [InlineData(ResizeAnchor.Right, 255)]
    public void Crop_anchor_chooses_the_part_kept(ResizeAnchor anchor, int expectedRedNearEdge)
    {
        // The gradient's red channel rises from left to right: the left crop keeps dark, the right crop bright.
        var result = ImageProcessor.Process(Landscape, new ImageCommands { ResizeWidth = 100, ResizeHeight = 300, ResizeAnchor = anchor, OutputFormat = ImageFormat.Png }, ImageFormat.Jpg);

        using var image = Image.NewFromBuffer(result.Bytes);
        var red = image.Getpoint(anchor == ResizeAnchor.Left ? 0 : 99, 150)[0];
        Assert.InRange(red, expectedRedNearEdge - 40, expectedRedNearEdge + 40);
    }

    [Theory]
    [InlineData(0.1, 0, 60)]
    [InlineData(0.5, 85, 170)]
    [InlineData(0.95, 200, 255)]
    public void A_focal_point_chooses_the_part_a_crop_keeps_and_wins_over_the_anchor(double across, int least, int most)
    {
        // A 100 px crop out of the gradient: its middle column's red says where along the width it was cut.
        var commands = new ImageCommands { ResizeWidth = 100, ResizeHeight = 300, ResizeAnchor = ResizeAnchor.Right, CentreCoordinates = new FocalPoint(across, 0.5), OutputFormat = ImageFormat.Png };
        var result = ImageProcessor.Process(Landscape, commands, ImageFormat.Jpg);

        using var image = Image.NewFromBuffer(result.Bytes);
        Assert.Equal((100, 300), (image.Width, image.Height));
        Assert.InRange(image.Getpoint(50, 150)[0], least, most);
    }

    [Theory]
    [InlineData(ImageFormat.Jpg, "image/jpeg", MediaFileKind.Jpeg)]
    [InlineData(ImageFormat.Png, "image/png", MediaFileKind.Png)]
    [InlineData(ImageFormat.WebP, "image/webp", MediaFileKind.WebP)]
    [InlineData(ImageFormat.Avif, "image/avif", MediaFileKind.Avif)]
    public void Each_format_is_written(ImageFormat format, string contentType, MediaFileKind kind)
    {
        var result = ImageProcessor.Process(Landscape, new ImageCommands { ResizeWidth = 200, OutputFormat = format }, ImageFormat.Jpg);

        Assert.Equal(contentType, result.ContentType);
        Assert.Equal(kind, MediaFileInspector.Sniff(result.Bytes)); // By content: AVIF's "ftyp avif" brand, not just any HEIF.
        using var image = Image.NewFromBuffer(result.Bytes);
        Assert.Equal((200, 150), (image.Width, image.Height));
    }

    [Fact]
    public void Transparency_is_flattened_onto_the_background_for_jpeg()
    {
        var result = ImageProcessor.Process(TestImages.Png(100, 100, alpha: true), new ImageCommands { OutputFormat = ImageFormat.Jpg, BackgroundColor = (255, 0, 0, 255) }, ImageFormat.Png);

        using var image = Image.NewFromBuffer(result.Bytes);
        Assert.Equal(3, image.Bands);
        Assert.True(image.Getpoint(0, 0)[0] > 100); // Half-transparent black over red.
    }

    [Fact]
    public void Metadata_is_not_copied_to_derivatives()
    {
        var tagged = TestImages.Jpeg(400, 300, exifDescription: "GPS 40.4093N 49.8671E");
        using (var original = Image.NewFromBuffer(tagged))
        {
            Assert.Contains("exif-data", original.GetFields());
        }

        var result = ImageProcessor.Process(tagged, new ImageCommands { ResizeWidth = 200 }, ImageFormat.Jpg);

        using var processed = Image.NewFromBuffer(result.Bytes);
        Assert.DoesNotContain("exif-data", processed.GetFields());
        Assert.DoesNotContain("GPS 40.4093N"u8.ToArray(), result.Bytes.Chunk(12).Select(c => c.ToArray()));
    }
}
