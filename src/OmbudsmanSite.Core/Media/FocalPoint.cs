using System.Globalization;

namespace OmbudsmanSite.Core.Media;

/// <summary>
/// The point of an image every crop keeps in view: X across and Y down, each from 0 to 1 (0.5, 0.5 is
/// the centre). Kept to three decimals: finer is invisible, and equal points make equal image URLs.
/// </summary>
public readonly record struct FocalPoint
{
    public FocalPoint(double x, double y)
    {
        if (!IsUnit(x) || !IsUnit(y))
        {
            throw new ArgumentOutOfRangeException(nameof(x), $"A focal point lies within the image: ({x}, {y}).");
        }

        X = Math.Round(x, 3);
        Y = Math.Round(y, 3);
    }

    public double X { get; }

    public double Y { get; }

    /// <summary>"0.3,0.45" (ImageSharp.Web's <c>rxy</c> form).</summary>
    public static bool TryParse(string? text, out FocalPoint point)
    {
        point = default;
        var parts = text?.Split(',') ?? [];
        if (parts.Length == 2 && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var y) && IsUnit(x) && IsUnit(y))
        {
            point = new FocalPoint(x, y);
            return true;
        }

        return false;
    }

    /// <summary>Where a crop of <paramref name="box"/> out of <paramref name="whole"/> starts, so this point is as near its middle as the image allows.</summary>
    public int Offset(int whole, int box, bool across)
    {
        var centre = (across ? X : Y) * whole;
        return Math.Clamp((int)Math.Round(centre - box / 2.0), 0, Math.Max(0, whole - box));
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{X:0.###},{Y:0.###}");

    private static bool IsUnit(double value) => value is >= 0 and <= 1 && !double.IsNaN(value);
}
