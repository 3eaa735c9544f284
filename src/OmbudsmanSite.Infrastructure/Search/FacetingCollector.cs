using Lucene.Net.Index;
using Lucene.Net.Search;
using OmbudsmanSite.Core.Search;

namespace OmbudsmanSite.Infrastructure.Search;

/// <summary>
/// Counts facet values over every match while passing the matches on to the collector of the page's
/// hits (the Facet package is not available here). Counts are kept per segment by value number, from
/// the segment's <see cref="FacetOrdinals"/>, and turned into strings once per segment.
/// </summary>
public sealed class FacetingCollector : ICollector
{
    private readonly ICollector? _hits;
    private readonly Dictionary<SearchFacet, Dictionary<string, int>>? _counts;
    private readonly int _stopAfter;
    private FacetOrdinals? _ordinals;
    private int[] _segmentCounts = [];

    /// <param name="hits">Receives every match; null to only count.</param>
    /// <param name="counts">Facet counts to add to; null to count nothing but hits.</param>
    /// <param name="stopAfter">Stops the search (with <see cref="EnoughException"/>) once this many have matched.</param>
    public FacetingCollector(ICollector? hits, Dictionary<SearchFacet, Dictionary<string, int>>? counts, int stopAfter = int.MaxValue)
    {
        _stopAfter = stopAfter;
        _hits = hits;
        _counts = counts;
    }

    public int TotalHits { get; private set; }

    /// <summary>Counting does not care in which order a segment's matches come.</summary>
    public bool AcceptsDocsOutOfOrder => _hits?.AcceptsDocsOutOfOrder ?? true;

    public void SetScorer(Scorer scorer) => _hits?.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Flush();
        if (_counts is not null)
        {
            _ordinals = FacetOrdinals.For(context.AtomicReader);
            _segmentCounts = new int[_ordinals.ValueCount];
        }

        _hits?.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        if (++TotalHits >= _stopAfter)
        {
            throw new EnoughException(); // Lucene 4.8 has no other way to end a search early.
        }

        _hits?.Collect(doc);
        if (_ordinals is { } ordinals)
        {
            var values = ordinals.Ordinals;
            var counts = _segmentCounts;
            for (int i = ordinals.Starts[doc], end = ordinals.Starts[doc + 1]; i < end; i++)
            {
                counts[values[i]]++;
            }
        }
    }

#pragma warning disable CA1032, CA1064 // Thrown and caught inside the search, never seen by callers.
    internal sealed class EnoughException : Exception
    {
    }
#pragma warning restore CA1032, CA1064

    /// <summary>Adds the last segment's counts; call once collection is over.</summary>
    public void Finish() => Flush();

    private void Flush()
    {
        if (_counts is null || _ordinals is not { } ordinals)
        {
            return;
        }

        var counts = _segmentCounts;
        for (var ord = 0; ord < counts.Length; ord++)
        {
            if (counts[ord] > 0)
            {
                var facet = ordinals.Facets[ord];
                if (!_counts.TryGetValue(facet, out var totals))
                {
                    _counts[facet] = totals = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                totals[ordinals.Values[ord]] = totals.GetValueOrDefault(ordinals.Values[ord]) + counts[ord];
            }
        }

        _ordinals = null;
        _segmentCounts = [];
    }
}
