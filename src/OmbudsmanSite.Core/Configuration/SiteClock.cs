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
}
