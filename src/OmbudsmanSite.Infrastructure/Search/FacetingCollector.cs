using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using OmbudsmanSite.Core.Search;

namespace OmbudsmanSite.Infrastructure.Search;

/// <summary>
/// Counts facet values over every match while passing the matches on to the collector of the page's
/// hits (the Facet package is not available here). Counts are read from doc values per segment by
/// ordinal, and turned into strings once per segment.
/// </summary>
public sealed class FacetingCollector : ICollector
{
    private readonly ICollector? _hits;
    private readonly Dictionary<SearchFacet, Dictionary<string, int>>? _counts;
    private readonly SearchFacet[] _facets = [.. SearchFields.Facets];
    private readonly SortedSetDocValues?[] _values;
    private readonly int _stopAfter;
    private int[][] _segmentCounts = [];

    /// <param name="hits">Receives every match; null to only count.</param>
    /// <param name="counts">Facet counts to add to; null to count nothing but hits.</param>
    /// <param name="stopAfter">Stops the search (with <see cref="EnoughException"/>) once this many have matched.</param>
    public FacetingCollector(ICollector? hits, Dictionary<SearchFacet, Dictionary<string, int>>? counts, int stopAfter = int.MaxValue)
    {
        _stopAfter = stopAfter;
        _hits = hits;
        _counts = counts;
        _values = new SortedSetDocValues?[_facets.Length];
    }

    public int TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => _hits?.AcceptsDocsOutOfOrder ?? true;

    public void SetScorer(Scorer scorer) => _hits?.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Flush();
        if (_counts is not null)
        {
            for (var i = 0; i < _facets.Length; i++)
            {
                _values[i] = context.AtomicReader.GetSortedSetDocValues(SearchFields.Facet(_facets[i]));
            }

            _segmentCounts = [.. _values.Select(v => new int[v?.ValueCount ?? 0])];
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
        for (var i = 0; i < _segmentCounts.Length; i++)
        {
            if (_values[i] is not { } values)
            {
                continue;
            }

            values.SetDocument(doc);
            long ord;
            var counts = _segmentCounts[i];
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                counts[ord]++;
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
        if (_counts is null)
        {
            return;
        }

        var term = new BytesRef();
        for (var i = 0; i < _segmentCounts.Length; i++)
        {
            var counts = _segmentCounts[i];
            if (_values[i] is not { } values)
            {
                continue;
            }

            if (!_counts.TryGetValue(_facets[i], out var totals))
            {
                _counts[_facets[i]] = totals = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] > 0)
                {
                    values.LookupOrd(ord, term);
                    var value = term.Utf8ToString();
                    totals[value] = totals.GetValueOrDefault(value) + counts[ord];
                }
            }
        }

        _segmentCounts = [];
    }
}
