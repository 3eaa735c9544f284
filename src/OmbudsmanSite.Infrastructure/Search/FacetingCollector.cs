using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using OmbudsmanSite.Core.Search;

namespace OmbudsmanSite.Infrastructure.Search;

/// <summary>
/// Collects matches once and does three jobs (the Facet package is not available here): applies the
/// facet filters, counts facet values, and passes what remains to the collector of the page's hits.
/// Counting is "drill sideways": a facet's own filter is left out of its counts, so while narrowed to
/// one topic the other topics still show how many results they would give.
/// </summary>
public sealed class FacetingCollector : ICollector
{
    private readonly ICollector? _hits;
    private readonly (SearchFacet Facet, string Value)[] _filters;
    private readonly Dictionary<SearchFacet, Dictionary<string, int>>? _counts;
    private readonly SearchFacet[] _facets;
    private readonly SortedSetDocValues?[] _values;
    private readonly long[] _filterOrds;
    private readonly int[] _filterFacetIndex;
    private int[][] _segmentCounts = [];

    /// <param name="hits">Receives the documents that pass every filter; null to only count.</param>
    /// <param name="counts">Facet counts to add to; null to count nothing but hits.</param>
    public FacetingCollector(ICollector? hits, IReadOnlyList<(SearchFacet Facet, string Value)> filters, Dictionary<SearchFacet, Dictionary<string, int>>? counts)
    {
        ArgumentNullException.ThrowIfNull(filters);
        _hits = hits;
        _filters = [.. filters];
        _counts = counts;
        _facets = counts is null ? [.. _filters.Select(f => f.Facet).Distinct()] : [.. SearchFields.Facets];
        _values = new SortedSetDocValues?[_facets.Length];
        _filterOrds = new long[_filters.Length];
        _filterFacetIndex = [.. _filters.Select(f => Array.IndexOf(_facets, f.Facet))];
    }

    /// <summary>Documents that passed every filter.</summary>
    public int TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => _hits?.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Flush();
        for (var i = 0; i < _facets.Length; i++)
        {
            _values[i] = context.AtomicReader.GetSortedSetDocValues(SearchFields.Facet(_facets[i]));
        }

        for (var i = 0; i < _filters.Length; i++)
        {
            // A value absent from this segment has no ordinal: every document here fails that filter.
            _filterOrds[i] = _values[_filterFacetIndex[i]]?.LookupTerm(new BytesRef(_filters[i].Value)) is { } ord and >= 0 ? ord : -1;
        }

        _segmentCounts = _counts is null ? [] : [.. _values.Select(v => new int[v?.ValueCount ?? 0])];
        _hits?.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        var failures = 0;
        var failedFacet = -1;
        for (var i = 0; i < _filters.Length; i++)
        {
            if (!Has(_values[_filterFacetIndex[i]], doc, _filterOrds[i]))
            {
                if (++failures > 1 || _counts is null)
                {
                    return;
                }

                failedFacet = _filterFacetIndex[i];
            }
        }

        if (failures == 0)
        {
            TotalHits++;
            _hits?.Collect(doc);
            for (var i = 0; i < _segmentCounts.Length; i++)
            {
                Count(i, doc);
            }
        }
        else
        {
            Count(failedFacet, doc);
        }
    }

    /// <summary>Adds the last segment's counts; call once collection is over.</summary>
    public void Finish() => Flush();

    private static bool Has(SortedSetDocValues? values, int doc, long wanted)
    {
        if (values is null || wanted < 0)
        {
            return false;
        }

        values.SetDocument(doc);
        long ord;
        while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
        {
            if (ord == wanted)
            {
                return true;
            }
        }

        return false;
    }

    private void Count(int facet, int doc)
    {
        if (_values[facet] is not { } values)
        {
            return;
        }

        values.SetDocument(doc);
        long ord;
        var counts = _segmentCounts[facet];
        while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
        {
            counts[ord]++;
        }
    }

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
