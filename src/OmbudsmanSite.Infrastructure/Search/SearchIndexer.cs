using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Search;
using OmbudsmanSite.Core.Taxonomy;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Search;

/// <summary>
/// Keeps the index equal to the database's published variants: a full rebuild, or a comparison of
/// stamps that re-indexes only what changed, or the items the change journal names since the
/// sequence number the index holds. One operation at a time; searches see the last commit meanwhile.
/// </summary>
public sealed class SearchIndexer(
    SearchIndex index,
    IDbContextFactory<SiteDbContext> contexts,
    ReferenceDataCache referenceData,
    SearchDocumentFactory documents,
    SiteClock clock,
    IOptions<SearchOptions> options,
    IOptions<EditorialOptions> editorial,
    ILogger<SearchIndexer> logger) : IDisposable
{
    /// <summary>Journal rows may be written this long before the index commit that does not yet reflect them (a node's lag, clocks apart).</summary>
    private static readonly TimeSpan CommitMargin = TimeSpan.FromHours(1);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private IndexedTaxonomy? _taxonomy;

    /// <summary>
    /// Opens the index and brings it up to date. An index on disk serves searches at once while it
    /// catches up: from the journal when the journal still holds every row since the index's sequence
    /// number, else by comparing stamps with the database, or rebuilt when the taxonomy it was built
    /// with changed. A missing, unreadable or outdated index is built, and search says so meanwhile.
    /// </summary>
    public async Task<SearchIndexStart> StartAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var opening = index.Open();
            var newest = await NewestSequenceAsync(cancellationToken);
            SearchIndexStart start;
            if (opening == SearchIndexOpening.Opened)
            {
                index.Status = SearchIndexStatus.Ready;
                start = await CatchUpAsync(newest, cancellationToken);
            }
            else
            {
                logger.LogInformation("Search index {Opening}: rebuilding", opening);
                index.Status = SearchIndexStatus.Rebuilding;
                start = new SearchIndexStart(SearchIndexStartKind.Built, await RebuildCoreAsync(await TaxonomyAsync(cancellationToken), newest, cancellationToken));
            }

            index.Status = SearchIndexStatus.Ready;
            return start;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            index.Status = SearchIndexStatus.Unavailable;
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Re-indexes every published variant. Returns how many.</summary>
    public async Task<int> RebuildAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            index.Open();
            index.Status = SearchIndexStatus.Rebuilding;
            var count = await RebuildCoreAsync(await TaxonomyAsync(cancellationToken), await NewestSequenceAsync(cancellationToken), cancellationToken);
            index.Status = SearchIndexStatus.Ready;
            return count;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Applies what changed since the last call. Returns the number of documents added, updated or
    /// removed. <paramref name="journalSequence"/>: the journal position every change up to which is
    /// now in the database's published rows (null: the index keeps the position it holds).
    /// </summary>
    public async Task<int> SynchronizeAsync(long? journalSequence = null, CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return index.IsOpen ? await SynchronizeCoreAsync(await TaxonomyAsync(cancellationToken), journalSequence, cancellationToken) : 0;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Brings the documents of <paramref name="itemIds"/> up to date, and only those: what the change
    /// journal names, so a publish costs the same with 100,000 items as with ten. Returns the number
    /// of documents added, updated or removed. <paramref name="journalSequence"/>: as for <see cref="SynchronizeAsync"/>,
    /// when <paramref name="itemIds"/> are all the items the journal named up to it.
    /// </summary>
    public async Task<int> SynchronizeItemsAsync(IReadOnlyCollection<Guid> itemIds, long? journalSequence = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(itemIds);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return index.IsOpen ? await SynchronizeItemsCoreAsync(await TaxonomyAsync(cancellationToken), itemIds, journalSequence, cancellationToken) : 0;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<int> SynchronizeItemsCoreAsync(IndexedTaxonomy taxonomy, IReadOnlyCollection<Guid> itemIds, long? journalSequence, CancellationToken cancellationToken)
    {
        if (index.TaxonomyFingerprint != taxonomy.Fingerprint)
        {
            return await RebuildCoreAsync(taxonomy, journalSequence, cancellationToken);
        }

        // In batches: a bulk publish names thousands of items, more than one query may bind (SQLite's 32,766 variables).
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        var changed = 0;
        foreach (var batch in itemIds.Chunk(Math.Max(1, options.Value.RebuildBatchSize)))
        {
            var (items, fileTexts) = await LoadAsync(batch, cancellationToken);
            foreach (var item in items)
            {
                foreach (var variant in item.Variants)
                {
                    var key = SearchDocumentFactory.KeyOf(item.Id, variant.Culture);
                    wanted.Add(key);
                    var stamp = SearchDocumentFactory.StampOf(item, variant);
                    if (!index.Stamps.TryGetValue(key, out var held) || held != stamp)
                    {
                        index.Upsert(key, stamp, documents.Create(item, variant, taxonomy.Terms, fileTexts));
                        changed++;
                    }
                }
            }
        }

        var prefixes = itemIds.Select(id => id.ToString("N")).ToHashSet(StringComparer.Ordinal);
        var removed = index.Stamps.Keys.Where(key => prefixes.Contains(key[..32]) && !wanted.Contains(key)).ToList();
        foreach (var key in removed)
        {
            index.Delete(key);
        }

        CommitWhenMoved(taxonomy, journalSequence, removed.Count + changed);
        return removed.Count + changed;
    }

    /// <summary>How many published variants the index lacks or holds in an older version, plus documents it should not hold. Changes nothing.</summary>
    public async Task<int> DifferencesAsync(CancellationToken cancellationToken = default)
    {
        var (removed, changed) = await DifferencesCoreAsync(cancellationToken);
        return removed.Count + changed.Count;
    }

    public void Dispose() => _gate.Dispose();

    private async Task<(List<string> Removed, List<string> Changed)> DifferencesCoreAsync(CancellationToken cancellationToken)
    {
        Dictionary<string, long> published;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var rows = await (
                    from variant in db.PublishedVariants
                    join item in db.PublishedItems on variant.ContentItemId equals item.Id
                    select new { item.Id, variant.Culture, ItemUpdated = item.UpdatedUtc, VariantUpdated = variant.UpdatedUtc })
                .ToListAsync(cancellationToken);
            published = rows.ToDictionary(
                r => SearchDocumentFactory.KeyOf(r.Id, r.Culture),
                r => Math.Max(r.ItemUpdated.Ticks, r.VariantUpdated.Ticks),
                StringComparer.Ordinal);
        }

        var stamps = index.Stamps;
        var removed = stamps.Keys.Where(key => !published.ContainsKey(key)).ToList();
        var changed = published.Where(p => !stamps.TryGetValue(p.Key, out var stamp) || stamp != p.Value).Select(p => p.Key).ToList();
        return (removed, changed);
    }

    /// <summary>
    /// From the journal when it still holds every public change since the index's sequence number
    /// (compaction deletes only rows older than the retention, and a row only when a later one names
    /// the same item), else by comparing stamps.
    /// </summary>
    private async Task<SearchIndexStart> CatchUpAsync(long newest, CancellationToken cancellationToken)
    {
        var taxonomy = await TaxonomyAsync(cancellationToken);
        if (index.TaxonomyFingerprint != taxonomy.Fingerprint)
        {
            // Names of topics, organisations and people are in every document that links them.
            return new SearchIndexStart(SearchIndexStartKind.Rebuilt, await RebuildCoreAsync(taxonomy, newest, cancellationToken));
        }

        var retention = editorial.Value.JournalRetention;
        if (index.JournalSequence is { } held && held <= newest && index.CommittedUtc is { } committed
            && (retention is null || committed - CommitMargin >= clock.UtcNow - retention.Value))
        {
            List<Guid?> named;
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                named = await db.JournalEntries.Where(c => c.Sequence > held && c.Sequence <= newest && c.Kind == ContentChangeKind.Published)
                    .Select(c => c.DocumentId).Distinct().ToListAsync(cancellationToken);
            }

            // A row without an item (a media file changed) may concern any item: compare them all.
            if (named.TrueForAll(id => id is not null))
            {
                var items = named.Select(id => id!.Value).ToList();
                var changed = await SynchronizeItemsCoreAsync(taxonomy, items, newest, cancellationToken);
                logger.LogInformation("Search index caught up from journal sequence {From} to {To}: {Items} items named, {Changed} documents changed", held, newest, items.Count, changed);
                return new SearchIndexStart(SearchIndexStartKind.CaughtUpFromJournal, changed);
            }
        }

        return new SearchIndexStart(SearchIndexStartKind.Compared, await SynchronizeCoreAsync(taxonomy, newest, cancellationToken));
    }

    private async Task<long> NewestSequenceAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.NewestJournalSequenceAsync(cancellationToken);
    }

    private async Task<IndexedTaxonomy> TaxonomyAsync(CancellationToken cancellationToken)
    {
        var terms = await referenceData.TaxonomyAsync(cancellationToken);

        // The cache hands out the same dictionary until the taxonomy changes: hash it once per change, not per publish.
        if (_taxonomy is not { } last || !ReferenceEquals(last.Terms, terms))
        {
            _taxonomy = last = new IndexedTaxonomy(terms, Fingerprint(terms));
        }

        return last;
    }

    /// <summary>Commits what changed, or only the journal position when nothing else did, so a restart does not read those rows again.</summary>
    private void CommitWhenMoved(IndexedTaxonomy taxonomy, long? journalSequence, int changed)
    {
        if (changed > 0 || (journalSequence is not null && journalSequence != index.JournalSequence))
        {
            index.Commit(taxonomy.Fingerprint, journalSequence, clock.UtcNow);
        }
    }

    private async Task<int> RebuildCoreAsync(IndexedTaxonomy taxonomy, long? journalSequence, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        List<Guid> ids;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            ids = await db.PublishedItems
                .Where(c => c.Variants.Any())
                .Select(c => c.Id)
                .ToListAsync(cancellationToken);
        }

        index.DeleteAll();
        var count = 0;
        foreach (var batch in ids.Chunk(Math.Max(1, options.Value.RebuildBatchSize)))
        {
            var (items, fileTexts) = await LoadAsync(batch, cancellationToken);
            count += Index(items.SelectMany(item => item.Variants.Select(variant => (item, variant))), taxonomy.Terms, fileTexts, cancellationToken);
        }

        index.Commit(taxonomy.Fingerprint, journalSequence, clock.UtcNow);
        logger.LogInformation("Search index rebuilt: {Count} variants in {Elapsed} ms", count, watch.ElapsedMilliseconds);
        return count;
    }

    private async Task<int> SynchronizeCoreAsync(IndexedTaxonomy taxonomy, long? journalSequence, CancellationToken cancellationToken)
    {
        if (index.TaxonomyFingerprint != taxonomy.Fingerprint)
        {
            // Names of topics, organisations and people are in every document that links them.
            return await RebuildCoreAsync(taxonomy, journalSequence, cancellationToken);
        }

        var (removed, changed) = await DifferencesCoreAsync(cancellationToken);
        if (removed.Count == 0 && changed.Count == 0)
        {
            CommitWhenMoved(taxonomy, journalSequence, 0);
            return 0;
        }

        foreach (var key in removed)
        {
            index.Delete(key);
        }

        var changedKeys = changed.ToHashSet(StringComparer.Ordinal);
        var changedIds = changed.Select(key => Guid.ParseExact(key.AsSpan(0, 32), "N")).Distinct().ToList();
        foreach (var batch in changedIds.Chunk(Math.Max(1, options.Value.RebuildBatchSize)))
        {
            var (items, fileTexts) = await LoadAsync(batch, cancellationToken);
            foreach (var item in items)
            {
                foreach (var variant in item.Variants)
                {
                    var key = SearchDocumentFactory.KeyOf(item.Id, variant.Culture);
                    if (changedKeys.Contains(key))
                    {
                        index.Upsert(key, SearchDocumentFactory.StampOf(item, variant), documents.Create(item, variant, taxonomy.Terms, fileTexts));
                    }
                }
            }
        }

        CommitWhenMoved(taxonomy, journalSequence, changed.Count + removed.Count);
        logger.LogInformation("Search index updated: {Changed} added or changed, {Removed} removed", changed.Count, removed.Count);
        return changed.Count + removed.Count;
    }

    /// <summary>Analyses and writes variants on every core: analysis is most of the cost of indexing.</summary>
    private int Index(IEnumerable<(ContentItem Item, ContentVariant Variant)> variants, IReadOnlyDictionary<Guid, TaxonomyItem> taxonomy, IReadOnlyDictionary<Guid, string> fileTexts, CancellationToken cancellationToken)
    {
        var count = 0;
        Parallel.ForEach(
            variants,
            new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
            pair =>
            {
                index.Upsert(SearchDocumentFactory.KeyOf(pair.Item.Id, pair.Variant.Culture), SearchDocumentFactory.StampOf(pair.Item, pair.Variant), documents.Create(pair.Item, pair.Variant, taxonomy, fileTexts));
                Interlocked.Increment(ref count);
            });
        return count;
    }

    /// <summary>A batch of items, with the extracted text of the report files they link.</summary>
    private async Task<(List<ContentItem> Items, Dictionary<Guid, string> FileTexts)> LoadAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var items = await db.PublishedItems
            .Where(c => ids.Contains(c.Id))
            .Include(c => c.Variants)
            .Include(c => c.Taxonomy)
            .Include(c => c.Participants)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var fileIds = items.Where(i => i.Report is not null).SelectMany(i => i.Report!.FileIds().Select(f => f.MediaId)).Distinct().ToList();
        var fileTexts = fileIds.Count == 0
            ? []
            : await db.MediaTexts.AsNoTracking().Where(t => fileIds.Contains(t.MediaItemId)).ToDictionaryAsync(t => t.MediaItemId, t => t.Text, cancellationToken);
        return (items, fileTexts);
    }

    private static string Fingerprint(IReadOnlyDictionary<Guid, TaxonomyItem> taxonomy)
    {
        var text = new StringBuilder();
        foreach (var term in taxonomy.Values.OrderBy(t => t.Id))
        {
            text.Append(term.Id).Append('|').Append(term.Kind).Append('|').Append(term.Alias);
            foreach (var (culture, name) in term.Names.Values)
            {
                text.Append('|').Append(culture).Append('=').Append(name);
            }

            text.Append('\n');
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>The taxonomy documents are built with, and its fingerprint: computed once per operation.</summary>
    private sealed record IndexedTaxonomy(IReadOnlyDictionary<Guid, TaxonomyItem> Terms, string Fingerprint);
}
