using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using OmbudsmanSite.Core.Media;
using OmbudsmanSite.Web.Backoffice;

namespace OmbudsmanSite.Web.Tests.Backoffice;

public sealed class FocalPointFormTests
{
    private static FormCollection Form(params (string Key, string Value)[] fields) =>
        new(fields.ToDictionary(f => f.Key, f => new StringValues(f.Value)));

    [Fact]
    public void A_click_on_the_picture_is_read_over_the_size_it_was_shown_at()
    {
        Assert.True(FocalPointForm.TryRead(Form(("focus.x", "120"), ("focus.y", "270"), ("shown-width", "480"), ("shown-height", "360")), out var point));
        Assert.Equal(new FocalPoint(0.25, 0.75), point);
    }

    [Fact]
    public void Typed_percentages_set_it_and_reset_clears_it()
    {
        Assert.True(FocalPointForm.TryRead(Form(("across", "30"), ("down", "45"), ("focal-action", "save")), out var typed));
        Assert.Equal(new FocalPoint(0.3, 0.45), typed);
        Assert.True(FocalPointForm.TryRead(Form(("across", "30"), ("down", "45"), ("focal-action", "reset")), out var reset));
        Assert.Null(reset);
    }

    [Theory]
    [InlineData("across", "130")]
    [InlineData("across", "abc")]
    [InlineData("focus.x", "10")]
    public void Anything_else_is_refused(string key, string value) =>
        Assert.False(FocalPointForm.TryRead(Form((key, value), ("down", "10")), out _));
}
