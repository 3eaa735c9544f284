using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using OmbudsmanSite.Core.Search;

namespace OmbudsmanSite.Infrastructure.Search;

/// <summary>
/// One segment's facet values, every facet in one table: for each document, the numbers of its
/// values (<see cref="Starts"/> into <see cref="Ordinals"/>), and each number's facet and text. Doc
/// values are compressed and slow to walk per hit; counting a common word's matches from them was
/// most of a search. Segments never change, so each is read once, when a searcher first opens it,
/// and the table goes when the segment does.
/// </summary>
public sealed class FacetOrdinals
{
    private static readonly ConditionalWeakTable<object, FacetOrdinals> BySegment = [];

    private FacetOrdinals(int[] starts, int[] ordinals, SearchFacet[] facets, string[] values)
    {
        Starts = starts;
        Ordinals = ordinals;
        Facets = facets;
        Values = values;
    }

    /// <summary>Document d's values are <c>Ordinals[Starts[d]..Starts[d + 1]]</c>.</summary>
    public int[] Starts { get; }

    public int[] Ordinals { get; }

    /// <summary>The facet of each value number.</summary>
    public SearchFacet[] Facets { get; }

    /// <summary>The text of each value number.</summary>
    public string[] Values { get; }

    public int ValueCount => Values.Length;

    /// <summary>The segment's table, read on first use; segments share it with every reader of the same core.</summary>
    public static FacetOrdinals For(AtomicReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return BySegment.GetValue(reader.CoreCacheKey, _ => Read(reader));
    }

    private static FacetOrdinals Read(AtomicReader reader)
    {
        var facets = SearchFields.Facets;
        var docValues = facets.Select(f => reader.GetSortedSetDocValues(SearchFields.Facet(f))).ToArray();
        var valueFacets = new List<SearchFacet>();
        var valueTexts = new List<string>();
        var bases = new int[facets.Count];
        var text = new BytesRef();
        for (var f = 0; f < facets.Count; f++)
        {
            bases[f] = valueTexts.Count;
            if (docValues[f] is not { } values)
            {
                continue;
            }

            for (long ord = 0; ord < values.ValueCount; ord++)
            {
                values.LookupOrd(ord, text);
                valueFacets.Add(facets[f]);
                valueTexts.Add(text.Utf8ToString());
            }
        }

        var starts = new int[reader.MaxDoc + 1];
        var ordinals = new List<int>(reader.MaxDoc * 4);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            starts[doc] = ordinals.Count;
            for (var f = 0; f < facets.Count; f++)
            {
                if (docValues[f] is not { } values)
                {
                    continue;
                }

                values.SetDocument(doc);
                long ord;
                while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
                {
                    ordinals.Add(bases[f] + (int)ord);
                }
            }
        }

        starts[reader.MaxDoc] = ordinals.Count;
        return new FacetOrdinals(starts, [.. ordinals], [.. valueFacets], [.. valueTexts]);
    }
}
