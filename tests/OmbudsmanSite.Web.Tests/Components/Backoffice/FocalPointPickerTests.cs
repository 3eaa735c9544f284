using Bunit;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Media;
using OmbudsmanSite.Infrastructure.Media;
using OmbudsmanSite.Web.Components.Backoffice.Media;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Components.Backoffice;

/// <summary>The focal point picker shows where the point is and previews each crop the site makes around it.</summary>
public sealed class FocalPointPickerTests(SiteFactory site) : EditorContext(site), IClassFixture<SiteFactory>
{
    [Fact]
    public void The_point_is_marked_and_every_crop_preview_is_made_around_it()
    {
        Services.AddSingleton(Site.Services.GetRequiredService<MediaLibrary>());
        var item = new MediaItem(Guid.NewGuid(), "Lesson", new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc));
        item.SetFile(new MediaStoredFile(MediaFileKind.Jpeg, "abc/123/lesson.jpg", "hash", 1000, 1600, 1200, null), DateTime.UtcNow);
        item.SetFocalPoint(new FocalPoint(0.3, 0.4));

        var picker = Render<FocalPointPicker>(p => p.Add(c => c.Item, item));

        var lines = picker.FindAll(".focal-marker line");
        Assert.Equal(("300", "300"), (lines[0].GetAttribute("x1"), lines[0].GetAttribute("x2")));
        Assert.Equal(("400", "400"), (lines[1].GetAttribute("y1"), lines[1].GetAttribute("y2")));
        Assert.Equal(("30", "40"), (picker.Find("#focal-across").GetAttribute("value"), picker.Find("#focal-down").GetAttribute("value")));
        var image = picker.Find("input[type=image]");
        Assert.Equal(("480", "360"), (image.GetAttribute("width"), image.GetAttribute("height"))); // shown at a size the form reports back
        var crops = picker.FindAll(".crop-previews img").ToDictionary(i => i.GetAttribute("data-crop")!, i => i.GetAttribute("src")!);
        Assert.Equal(["CropCard", "CropSquare", "CropOpenGraph"], crops.Keys);
        Assert.All(crops.Values, src => Assert.Contains("rxy=0.3,0.4", src, StringComparison.Ordinal));
        Assert.Contains("width=225&height=150", crops["CropCard"], StringComparison.Ordinal);
        Assert.Contains("width=300&height=157", crops["CropOpenGraph"], StringComparison.Ordinal);
        Assert.Contains("Back to the centre", picker.Markup, StringComparison.Ordinal);
    }
}
