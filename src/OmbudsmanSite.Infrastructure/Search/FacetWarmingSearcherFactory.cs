using Lucene.Net.Index;
using Lucene.Net.Search;

namespace OmbudsmanSite.Infrastructure.Search;

/// <summary>
/// Reads new segments' <see cref="FacetOrdinals"/> when the searcher that first shows them opens,
/// on the thread that commits, so no visitor's search waits for it.
/// </summary>
public sealed class FacetWarmingSearcherFactory : SearcherFactory
{
    public override IndexSearcher NewSearcher(IndexReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        foreach (var leaf in reader.Leaves)
        {
            FacetOrdinals.For(leaf.AtomicReader);
        }

        return base.NewSearcher(reader);
    }
}
