using NetVips;

namespace OmbudsmanSite.Infrastructure.Tests.Media;

/// <summary>Images made on the spot with libvips, so every test knows exactly what it starts from.</summary>
internal static class TestImages
{
    public static byte[] Jpeg(int width, int height, string? exifDescription = null)
    {
        using var image = Gradient(width, height);
        if (exifDescription is null)
        {
            return image.JpegsaveBuffer(q: 90);
        }

        using var tagged = image.Mutate(m => m.Set(GValue.GStrType, "exif-ifd0-ImageDescription", exifDescription));
        return tagged.JpegsaveBuffer(q: 90);
    }

    public static byte[] Png(int width, int height, bool alpha = false)
    {
        using var image = Gradient(width, height);
        if (!alpha)
        {
            return image.PngsaveBuffer();
        }

        using var withAlpha = image.Bandjoin(128);
        return withAlpha.PngsaveBuffer();
    }

    public static byte[] WebP(int width, int height)
    {
        using var image = Gradient(width, height);
        return image.WebpsaveBuffer();
    }

    private static Image Gradient(int width, int height)
    {
        using var x = Image.Xyz(width, height);
        using var scaled = x * new[] { 255.0 / width, 255.0 / height };
        using var bands = scaled.Bandjoin(128);
        return bands.Cast(Enums.BandFormat.Uchar);
    }
}
