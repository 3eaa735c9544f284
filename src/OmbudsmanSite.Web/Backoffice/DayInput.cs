using System.Globalization;

namespace OmbudsmanSite.Web.Backoffice;

/// <summary>A day typed into a backoffice filter (YYYY-MM-DD, the date field's own format), read the same way everywhere.</summary>
public static class DayInput
{
    /// <summary>False only for text that is there and is not a day; empty text is no day, and fine.</summary>
    public static bool TryParse(string? value, out DateOnly? day)
    {
        day = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            day = parsed;
            return true;
        }

        return false;
    }
}
