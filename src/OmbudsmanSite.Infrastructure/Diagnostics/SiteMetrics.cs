using System.Diagnostics.Metrics;

namespace OmbudsmanSite.Infrastructure.Diagnostics;

/// <summary>
/// The site's own instruments, on the meter <see cref="MeterName"/> (requests and their latency come
/// from ASP.NET Core's meters). Recording is cheap and lock-free: instruments nobody listens to cost a
/// branch. The gauges read values the services keep anyway (<see cref="SiteGauges"/>).
/// </summary>
public sealed class SiteMetrics
{
    public const string MeterName = "OmbudsmanSite";

    private readonly Counter<long> _outputCache;
    private readonly Histogram<double> _search;

    public SiteMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        Meter = meters.Create(MeterName);
        _outputCache = Meter.CreateCounter<long>("ombudsman.output_cache.lookups", "{lookup}",
            "Public answers that could be cached, by result: hit (served from the output cache) or miss (rendered).");
        _search = Meter.CreateHistogram<double>("ombudsman.search.duration", "s",
            "Time a search or suggestion takes in the index, waiting for a slot included.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1] });
    }

    public Meter Meter { get; }

    public void OutputCacheLookup(bool hit) => _outputCache.Add(1, new KeyValuePair<string, object?>("result", hit ? "hit" : "miss"));

    public void SearchTook(TimeSpan elapsed, bool suggestion) =>
        _search.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("kind", suggestion ? "suggest" : "search"));
}
