using System.Globalization;
using Microsoft.Extensions.Options;

namespace OmbudsmanSite.Core.Configuration;

/// <summary>Converts between stored UTC instants and the site's local time (Baku).</summary>
public sealed class SiteClock
{
    public SiteClock(IOptions<SiteOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        TimeZone = TimeZoneInfo.TryFindSystemTimeZoneById(options.Value.TimeZone, out var zone)
            ? zone
            : TimeZoneInfo.CreateCustomTimeZone(options.Value.TimeZone, options.Value.TimeZoneFallbackOffset, options.Value.TimeZone, options.Value.TimeZone);
        TimeProvider = timeProvider;
    }

    public TimeZoneInfo TimeZone { get; }

    public TimeProvider TimeProvider { get; }

    public DateTime UtcNow => TimeProvider.GetUtcNow().UtcDateTime;

    /// <summary>The instant a day begins in the site's time zone: day filters compare with it.</summary>
    public DateTime LocalMidnightUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), TimeZone);

    public DateTimeOffset ToLocal(DateTime utc) =>
        TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)), TimeZone);

    /// <summary>The zone's offset from UTC now, as "UTC+04:00", so a time shown with it is never read in another zone.</summary>
    public string OffsetName
    {
        get
        {
            var offset = TimeZone.GetUtcOffset(UtcNow);
            return $"UTC{(offset < TimeSpan.Zero ? "-" : "+")}{offset:hh\\:mm}";
        }
    }

    /// <summary>An instant as the backoffice writes it, in the site's zone, to the minute ("2026-12-07 09:00").</summary>
    public string ToLocalText(DateTime utc) => ToLocal(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>An instant as a <c>datetime-local</c> input holds it, in the site's zone: the browser's zone never enters.</summary>
    public string ToLocalInput(DateTime utc) => ToLocal(utc).ToString(LocalInputFormat, CultureInfo.InvariantCulture);

    /// <summary>Reads a <c>datetime-local</c> value (or a bare day) as the site's local time.</summary>
    public bool TryFromLocalInput(string? text, out DateTime utc)
    {
        utc = default;
        if (!DateTime.TryParseExact(text?.Trim(), [LocalInputFormat, "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return false;
        }

        utc = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), TimeZone);
        return true;
    }

    /// <summary>What a <c>datetime-local</c> input sends and shows.</summary>
    public const string LocalInputFormat = "yyyy-MM-ddTHH:mm";
}
