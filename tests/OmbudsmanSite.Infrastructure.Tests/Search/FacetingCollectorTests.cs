using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using OmbudsmanSite.Core.Search;
using OmbudsmanSite.Infrastructure.Search;
using OmbudsmanSite.Infrastructure.Search.Analysis;

namespace OmbudsmanSite.Infrastructure.Tests.Search;

/// <summary>Facet counts read from the per-segment value tables equal the documents' own values.</summary>
public sealed class FacetingCollectorTests : IDisposable
{
    private readonly RAMDirectory _directory = new();

    [Fact]
    public void Value_tables_hold_each_documents_values_in_every_segment()
    {
        using var reader = Write(
            [Doc("a", ("type", "meeting"), ("topic", "children"), ("topic", "prisons"))],
            [Doc("b", ("type", "news")), Doc("c")]);

        var byDoc = new Dictionary<string, List<(SearchFacet, string)>>();
        foreach (var leaf in reader.Leaves)
        {
            var table = FacetOrdinals.For(leaf.AtomicReader);
            Assert.Same(table, FacetOrdinals.For(leaf.AtomicReader));
            for (var doc = 0; doc < leaf.AtomicReader.MaxDoc; doc++)
            {
                var key = leaf.AtomicReader.Document(doc).Get("key");
                byDoc[key] = [.. table.Ordinals[table.Starts[doc]..table.Starts[doc + 1]].Select(o => (table.Facets[o], table.Values[o]))];
            }
        }

        Assert.Equal(2, reader.Leaves.Count);
        Assert.Equal([(SearchFacet.Type, "meeting"), (SearchFacet.Topic, "children"), (SearchFacet.Topic, "prisons")], byDoc["a"]);
        Assert.Equal([(SearchFacet.Type, "news")], byDoc["b"]);
        Assert.Empty(byDoc["c"]);
    }

    [Fact]
    public void Counts_add_up_across_segments_and_leave_out_deleted_and_unmatched_documents()
    {
        using var reader = Write(
            [Doc("a", ("type", "meeting"), ("topic", "children")), Doc("b", ("type", "meeting"), ("topic", "prisons"), ("year", "2024"))],
            [Doc("c", ("type", "meeting"), ("topic", "children")), Doc("d", ("type", "news"), ("topic", "children")), Doc("gone", ("type", "meeting"), ("topic", "prisons"))],
            deleted: "gone");
        var searcher = new IndexSearcher(reader);
        var counts = new Dictionary<SearchFacet, Dictionary<string, int>>();
        var top = TopScoreDocCollector.Create(10, docsScoredInOrder: false);
        var collector = new FacetingCollector(top, counts);

        searcher.Search(new TermQuery(new Term("type", "meeting")), collector);
        collector.Finish();

        Assert.Equal(3, collector.TotalHits);
        Assert.Equal(3, top.TotalHits);
        Assert.Equal(new Dictionary<string, int> { ["meeting"] = 3 }, counts[SearchFacet.Type]);
        Assert.Equal(new Dictionary<string, int> { ["children"] = 2, ["prisons"] = 1 }, counts[SearchFacet.Topic]);
        Assert.Equal(new Dictionary<string, int> { ["2024"] = 1 }, counts[SearchFacet.Year]);
        Assert.False(counts.ContainsKey(SearchFacet.Person));
    }

    [Fact]
    public void Counting_stops_once_enough_have_matched()
    {
        using var reader = Write([Doc("a", ("type", "news")), Doc("b", ("type", "news")), Doc("c", ("type", "news"))]);
        var collector = new FacetingCollector(hits: null, counts: null, stopAfter: 2);

        Assert.Throws<FacetingCollector.EnoughException>(() => new IndexSearcher(reader).Search(new MatchAllDocsQuery(), collector));
        Assert.Equal(2, collector.TotalHits);
    }

    public void Dispose() => _directory.Dispose();

    private static Document Doc(string key, params (string Field, string Value)[] facets)
    {
        var document = new Document { new StringField("key", key, Field.Store.YES) };
        foreach (var (field, value) in facets)
        {
            document.Add(new StringField(field, value, Field.Store.NO));
            document.Add(new SortedSetDocValuesField(field, new BytesRef(value)));
        }

        return document;
    }

    /// <summary>Each batch is committed as its own segment.</summary>
    private DirectoryReader Write(IReadOnlyList<Document> first, IReadOnlyList<Document>? second = null, string? deleted = null)
    {
        var config = new IndexWriterConfig(SiteAnalyzers.Version, new KeywordAnalyzer()) { MergePolicy = NoMergePolicy.COMPOUND_FILES };
        using var writer = new IndexWriter(_directory, config);
        foreach (var batch in new[] { first, second ?? [] }.Where(b => b.Count > 0))
        {
            writer.AddDocuments(batch);
            writer.Commit();
        }

        if (deleted is not null)
        {
            writer.DeleteDocuments(new Term("key", deleted));
            writer.Commit();
        }

        return DirectoryReader.Open(_directory);
    }
}
