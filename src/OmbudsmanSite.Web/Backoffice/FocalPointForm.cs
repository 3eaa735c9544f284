using System.Globalization;
using Microsoft.AspNetCore.Http;
using OmbudsmanSite.Core.Media;

namespace OmbudsmanSite.Web.Backoffice;

/// <summary>
/// Reads the focal point form: a click on the image button (<c>focus.x</c>, <c>focus.y</c> in the
/// picture's pixels, over the size it was shown at), the two percentages typed, or a reset to the centre.
/// </summary>
public static class FocalPointForm
{
    public const string ImageField = "focus";
    public const string WidthField = "shown-width";
    public const string HeightField = "shown-height";
    public const string AcrossField = "across";
    public const string DownField = "down";
    public const string SubmitField = "focal-action";
    public const string SaveValue = "save";
    public const string ResetValue = "reset";

    /// <summary>True with the point to keep (null: back to the centre), false when what came cannot be a point.</summary>
    public static bool TryRead(IFormCollection form, out FocalPoint? point)
    {
        ArgumentNullException.ThrowIfNull(form);
        point = null;
        if (form[SubmitField] == ResetValue)
        {
            return true;
        }

        if (Number(form[$"{ImageField}.x"]) is { } x && Number(form[$"{ImageField}.y"]) is { } y)
        {
            if (Number(form[WidthField]) is not { } width || Number(form[HeightField]) is not { } height || width <= 0 || height <= 0)
            {
                return false;
            }

            point = new FocalPoint(Math.Clamp(x / width, 0, 1), Math.Clamp(y / height, 0, 1));
            return true;
        }

        if (Number(form[AcrossField]) is { } across && Number(form[DownField]) is { } down && across is >= 0 and <= 100 && down is >= 0 and <= 100)
        {
            point = new FocalPoint(across / 100, down / 100);
            return true;
        }

        return false;
    }

    private static double? Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;
}
