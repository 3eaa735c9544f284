using System.Globalization;
using OmbudsmanSite.Core.Configuration;

namespace OmbudsmanSite.Web.Localization;

/// <summary>Dates in the reader's language, in Baku time; machine-readable form with the offset.</summary>
public sealed class DateFormatter(SiteClock clock)
{
    public string Date(DateTime utc) => clock.ToLocal(utc).ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>
    /// Date and time; a bare day when the time is midnight, which is how day-only dates (the old CMS
    /// kept no times) are stored: nobody meets at 00:00 Baku time.
    /// </summary>
    public string DateTime(DateTime utc)
    {
        var local = clock.ToLocal(utc);
        return local.TimeOfDay == TimeSpan.Zero
            ? local.ToString("d MMMM yyyy", CultureInfo.CurrentCulture)
            : local.ToString("d MMMM yyyy, HH:mm", CultureInfo.CurrentCulture);
    }

    /// <summary>For the datetime attribute of time: a bare day for day-only dates, else with time and offset.</summary>
    public string Iso(DateTime utc)
    {
        var local = clock.ToLocal(utc);
        return local.TimeOfDay == TimeSpan.Zero
            ? local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : local.ToString("yyyy-MM-dd'T'HH:mmzzz", CultureInfo.InvariantCulture);
    }
}
