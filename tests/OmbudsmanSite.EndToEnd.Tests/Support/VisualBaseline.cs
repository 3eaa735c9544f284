using Microsoft.Playwright;
using NetVips;

namespace OmbudsmanSite.EndToEnd.Tests.Support;

/// <summary>
/// The visual regression set: a screenshot of each backoffice page kind at 1366×768 and 390×844,
/// kept in docs/screenshots (the design document shows the same files) and compared here with a
/// tolerance. Both pictures are shrunk to a quarter and compared pixel by pixel: a changed name or
/// time moves a few pixels, a broken layout (a sidebar gone, a toolbar in three rows, a table that
/// stops short) moves many. <c>UPDATE_SCREENSHOTS=1</c> writes new baselines instead.
/// </summary>
public static class VisualBaseline
{
    /// <summary>The share of pixels that may differ, after shrinking, before the picture counts as changed.</summary>
    public const double Tolerance = 0.08;

    /// <summary>How far apart (0–255) two pixels' channels must be to count as different.</summary>
    private const int ChannelThreshold = 48;

    public static readonly (int Width, int Height)[] Sizes = [(1366, 768), (390, 844)];

    public static string Folder => Path.Combine(TestEnvironment.RepositoryRoot(), "docs", "screenshots");

    /// <summary>Shoots the page at each size (times masked: they differ every run) and compares each with its baseline.</summary>
    public static async Task MatchAsync(IPage page, string kind)
    {
        ArgumentNullException.ThrowIfNull(page);
        var original = page.ViewportSize;
        var failures = new List<string>();
        foreach (var (width, height) in Sizes)
        {
            await page.SetViewportSizeAsync(width, height);
            var shot = await page.ScreenshotAsync(new PageScreenshotOptions { Animations = ScreenshotAnimations.Disabled, Mask = [page.Locator("time")], MaskColor = "#d0d7de", Caret = ScreenshotCaret.Hide });
            var name = $"{kind}-{width}x{height}.png";
            var baseline = Path.Combine(Folder, name);
            if (Environment.GetEnvironmentVariable("UPDATE_SCREENSHOTS") == "1")
            {
                Directory.CreateDirectory(Folder);
                await File.WriteAllBytesAsync(baseline, shot);
                continue;
            }

            if (!File.Exists(baseline))
            {
                failures.Add($"{name}: no baseline (run the end-to-end tests with UPDATE_SCREENSHOTS=1 and review the pictures)");
                continue;
            }

            var difference = Difference(shot, await File.ReadAllBytesAsync(baseline));
            if (difference > Tolerance)
            {
                var actual = Path.Combine(Path.GetTempPath(), "ombudsman-screenshots", name);
                Directory.CreateDirectory(Path.GetDirectoryName(actual)!);
                await File.WriteAllBytesAsync(actual, shot);
                failures.Add($"{name}: {difference:P1} of the picture differs (tolerance {Tolerance:P0}); this run's is {actual}");
            }
        }

        await page.SetViewportSizeAsync(original?.Width ?? 1280, original?.Height ?? 720);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>The share of pixels (0–1) that differ between two PNGs, each shrunk to a quarter; 1 when their sizes differ.</summary>
    public static double Difference(byte[] first, byte[] second)
    {
        using var a = Prepare(first);
        using var b = Prepare(second);
        if (a.Width != b.Width || a.Height != b.Height)
        {
            return 1;
        }

        using var delta = (a - b).Abs();
        using var changed = (delta > ChannelThreshold).BandOr();
        return changed.Avg() / 255;
    }

    private static Image Prepare(byte[] png)
    {
        using var image = Image.NewFromBuffer(png);
        using var flat = image.HasAlpha() ? image.Flatten(background: [255]) : image.Copy();
        return flat.Resize(0.25).Cast(Enums.BandFormat.Int);
    }
}
