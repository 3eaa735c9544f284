using OmbudsmanSite.Core.Media;

namespace OmbudsmanSite.Core.Tests.Media;

public sealed class ImageCommandsTests
{
    [Fact]
    public void Reads_imagesharp_web_command_names()
    {
        Assert.True(ImageCommands.TryParse(Query("width=400&height=300&rmode=boxpad&ranchor=topleft&format=webp&quality=70&bgcolor=fff"), out var commands, out var error), error);

        Assert.Equal(new ImageCommands
        {
            ResizeWidth = 400,
            ResizeHeight = 300,
            ResizeMode = ResizeMode.BoxPad,
            ResizeAnchor = ResizeAnchor.TopLeft,
            OutputFormat = ImageFormat.WebP,
            OutputQuality = 70,
            BackgroundColor = (255, 255, 255, 255),
        }, commands);
    }

    [Fact]
    public void Canonical_form_is_the_same_whatever_the_order_and_leaves_defaults_out()
    {
        Assert.True(ImageCommands.TryParse(Query("format=WEBP&width=400&rmode=crop&quality=80&sig=x"), out var first, out _));
        Assert.True(ImageCommands.TryParse(Query("width=400&format=webp"), out var second, out _));

        Assert.Equal("width=400&format=webp", first.ToCanonicalString());
        Assert.Equal(first.ToCanonicalString(), second.ToCanonicalString());
    }

    [Theory]
    [InlineData("width=0", "'width'")]
    [InlineData("width=4001", "'width'")]
    [InlineData("height=-5", "'height'")]
    [InlineData("width=1e3", "'width'")]
    [InlineData("rmode=zoom", "'rmode'")]
    [InlineData("rmode=1", "'rmode'")]
    [InlineData("ranchor=middle", "'ranchor'")]
    [InlineData("format=gif", "'format'")]
    [InlineData("quality=0", "'quality'")]
    [InlineData("quality=101", "'quality'")]
    [InlineData("bgcolor=red;", "'bgcolor'")]
    [InlineData("rxy=0.5", "'rxy'")]
    [InlineData("rxy=1.2,0.5", "'rxy'")]
    [InlineData("rxy=0.5,-0.1", "'rxy'")]
    [InlineData("rxy=NaN,0.5", "'rxy'")]
    public void Refuses_values_out_of_range_with_the_reason(string query, string named)
    {
        Assert.False(ImageCommands.TryParse(Query(query), out _, out var error));
        Assert.Contains(named, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_focal_point_is_read_as_rxy_and_written_rounded_so_equal_points_sign_alike()
    {
        Assert.True(ImageCommands.TryParse(Query("width=300&height=200&rxy=0.25,0.6666"), out var commands, out var error), error);
        Assert.Equal(new FocalPoint(0.25, 0.667), commands.CentreCoordinates);
        Assert.Equal("width=300&height=200&rxy=0.25,0.667", commands.ToCanonicalString());
    }

    [Theory]
    [InlineData(0.5, 1000, 200, 400)] // centred
    [InlineData(0.0, 1000, 200, 0)] // at the edge: the crop cannot leave the image
    [InlineData(0.99, 1000, 200, 800)]
    [InlineData(0.3, 1000, 1000, 0)] // nothing to spare
    public void A_crop_starts_where_the_point_is_nearest_its_middle(double across, int whole, int box, int expected) =>
        Assert.Equal(expected, new FocalPoint(across, 0.5).Offset(whole, box, across: true));

    private static IEnumerable<KeyValuePair<string, string?>> Query(string query) =>
        query.Split('&').Select(p => p.Split('=')).Select(p => new KeyValuePair<string, string?>(p[0], p[1]));
}
