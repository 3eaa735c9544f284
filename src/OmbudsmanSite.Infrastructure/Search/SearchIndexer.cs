using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Search;
using OmbudsmanSite.Core.Taxonomy;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Search;

/// <summary>
/// Keeps the index equal to the database's published variants: a full rebuild, or a comparison of
/// stamps that re-indexes only what changed. One operation at a time.
/// </summary>
public sealed class SearchIndexer(
    SearchIndex index,
    IDbContextFactory<SiteDbContext> contexts,
    ReferenceDataCache referenceData,
    SearchDocumentFactory documents,
    IOptions<SearchOptions> options,
    ILogger<SearchIndexer> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>
    /// Opens the index and brings it up to date: rebuilt when missing, unreadable or outdated,
    /// else only the differences. Search answers meanwhile, saying the index is being rebuilt.
    /// </summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            index.Status = SearchIndexStatus.Rebuilding;
            var opening = index.Open();
            if (opening == SearchIndexOpening.Opened)
            {
                await SynchronizeCoreAsync(cancellationToken);
            }
            else
            {
                logger.LogInformation("Search index {Opening}: rebuilding", opening);
                await RebuildCoreAsync(cancellationToken);
            }

            index.Status = SearchIndexStatus.Ready;
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
            var count = await RebuildCoreAsync(cancellationToken);
            index.Status = SearchIndexStatus.Ready;
            return count;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Applies what changed since the last call. Returns the number of documents added, updated or removed.</summary>
    public async Task<int> SynchronizeAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return index.IsOpen ? await SynchronizeCoreAsync(cancellationToken) : 0;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Brings the documents of <paramref name="itemIds"/> up to date, and only those: what the change
    /// journal names, so a publish costs the same with 100,000 items as with ten. Returns the number
    /// of documents added, updated or removed.
    /// </summary>
    public async Task<int> SynchronizeItemsAsync(IReadOnlyCollection<Guid> itemIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(itemIds);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!index.IsOpen)
            {
                return 0;
            }

            var taxonomy = await referenceData.TaxonomyAsync(cancellationToken);
            var fingerprint = Fingerprint(taxonomy);
            if (index.TaxonomyFingerprint != fingerprint)
            {
                return await RebuildCoreAsync(cancellationToken);
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
                            index.Upsert(key, stamp, documents.Create(item, variant, taxonomy, fileTexts));
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

            if (removed.Count + changed > 0)
            {
                index.Commit(fingerprint);
            }

            return removed.Count + changed;
        }
        finally
        {
            _gate.Release();
        }
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

    private async Task<int> RebuildCoreAsync(CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var taxonomy = await referenceData.TaxonomyAsync(cancellationToken);
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
            count += Index(items.SelectMany(item => item.Variants.Select(variant => (item, variant))), taxonomy, fileTexts, cancellationToken);
        }

        index.Commit(Fingerprint(taxonomy));
        logger.LogInformation("Search index rebuilt: {Count} variants in {Elapsed} ms", count, watch.ElapsedMilliseconds);
        return count;
    }

    private async Task<int> SynchronizeCoreAsync(CancellationToken cancellationToken)
    {
        var taxonomy = await referenceData.TaxonomyAsync(cancellationToken);
        var fingerprint = Fingerprint(taxonomy);
        if (index.TaxonomyFingerprint != fingerprint)
        {
            // Names of topics, organisations and people are in every document that links them.
            return await RebuildCoreAsync(cancellationToken);
        }

        var (removed, changed) = await DifferencesCoreAsync(cancellationToken);
        if (removed.Count == 0 && changed.Count == 0)
        {
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
                        index.Upsert(key, SearchDocumentFactory.StampOf(item, variant), documents.Create(item, variant, taxonomy, fileTexts));
                    }
                }
            }
        }

        index.Commit(fingerprint);
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
}
