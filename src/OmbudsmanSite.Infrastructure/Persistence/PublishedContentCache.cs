using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Media;
using OmbudsmanSite.Core.Taxonomy;

namespace OmbudsmanSite.Infrastructure.Persistence;

/// <summary>
/// The published content the site renders from, kept in memory between content changes (the idea of
/// Umbraco's published cache): every read is answered once from the database, then from memory until
/// <see cref="Invalidate"/>. The memory is bounded in bytes (<see cref="PublishedCacheOptions.MaxBytes"/>,
/// estimated by <see cref="PublishedContentSize"/>): a crawl over every filter combination evicts the
/// least recently used answers instead of growing. Concurrent reads of one key share one load.
/// </summary>
public sealed class PublishedContentCache : IPublishedContent, IContentChangeListener, IDisposable
{
    private readonly PublishedContent _database;
    private readonly ReferenceDataCache _referenceData;
    private readonly ConcurrentDictionary<string, Task<object?>> _loading = new(StringComparer.Ordinal);
    private readonly long _maxBytes;
    private MemoryCache _entries;
    private long _generation;

    public PublishedContentCache(PublishedContent database, ReferenceDataCache referenceData, IOptions<PublishedCacheOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _database = database;
        _referenceData = referenceData;
        _maxBytes = Math.Max(1, options.Value.MaxBytes);
        _entries = NewCache();
    }

    /// <summary>Estimated bytes held now: for tests and metrics.</summary>
    public long CurrentBytes => Volatile.Read(ref _entries).GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        // The old cache is dropped, not disposed: a request may still be reading or filling it (its
        // entries then go nowhere), and a disposed cache would throw at it. Its finalizer frees it.
        Interlocked.Exchange(ref _entries, NewCache()).Clear();
        _loading.Clear();
        _referenceData.Invalidate();
    }

    public void Dispose() => _entries.Dispose();

    // Lists, facets and related items depend on every item: the whole cache goes.
    public Task OnContentChangedAsync(IReadOnlyCollection<Guid>? changedItems, CancellationToken cancellationToken = default)
    {
        Invalidate();
        return Task.CompletedTask;
    }

    public Task<PagedList<PublishedItem>> ListAsync(DocumentType type, string culture, ContentFilter filter, int page, int pageSize, ContentCursor? after = null, CancellationToken cancellationToken = default) =>
        GetAsync($"list|{type}|{culture}|{filter}|{page}|{pageSize}|{after?.ToToken()}", () => _database.ListAsync(type, culture, filter, page, pageSize, after), cancellationToken)!;

    public Task<ContentSlice> QueryAsync(ContentQuery query, CancellationToken cancellationToken = default) =>
        GetAsync($"query|{query}", () => _database.QueryAsync(query), cancellationToken)!;

    public Task<ListingFacets> FacetsAsync(DocumentType type, string culture, CancellationToken cancellationToken = default) =>
        GetAsync($"facets|{type}|{culture}", () => _database.FacetsAsync(type, culture), cancellationToken)!;

    // Keyed by the minute: an announcement leaves the list at most a minute after its start.
    public Task<IReadOnlyList<PublishedItem>> UpcomingMeetingsAsync(string culture, DateTime nowUtc, int count, CancellationToken cancellationToken = default)
    {
        var minute = new DateTime(nowUtc.Ticks - (nowUtc.Ticks % TimeSpan.TicksPerMinute), DateTimeKind.Utc);
        return GetAsync($"upcoming|{culture}|{minute.Ticks}|{count}", () => _database.UpcomingMeetingsAsync(culture, minute, count), cancellationToken)!;
    }

    public Task<IReadOnlyList<PublishedItem>> RelatedAsync(PublishedItem item, string culture, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        return GetAsync($"related|{item.Id}|{culture}|{count}", () => _database.RelatedAsync(item, culture, count), cancellationToken)!;
    }

    public Task<IReadOnlyList<PublishedItem>> AllPublishedAsync(CancellationToken cancellationToken = default) =>
        GetAsync("all", () => _database.AllPublishedAsync(), cancellationToken)!;

    public Task<DateTime?> LastChangeUtcAsync(CancellationToken cancellationToken = default) =>
        _database.LastChangeUtcAsync(cancellationToken);

    public Task<IReadOnlyList<PublishedItem>> LatestAsync(string culture, DocumentType? type, int count, CancellationToken cancellationToken = default) =>
        GetAsync($"latest|{culture}|{type}|{count}", () => _database.LatestAsync(culture, type, count), cancellationToken)!;

    public Task<IReadOnlyDictionary<Guid, PublishedAddresses>> AddressesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return GetAsync($"addresses|{string.Join(',', ids.Order())}", () => _database.AddressesAsync(ids), cancellationToken)!;
    }

    public Task<PublishedItem?> FindBySlugAsync(DocumentType type, string culture, string slug, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(slug);
        return GetAsync($"item|{type}|{culture}|{slug.ToLowerInvariant()}", () => _database.FindBySlugAsync(type, culture, slug), cancellationToken);
    }

    public Task<IReadOnlyList<PublishedChangeNote>> ChangeNotesAsync(Guid id, string culture, CancellationToken cancellationToken = default) =>
        GetAsync($"notes|{id:N}|{culture}", () => _database.ChangeNotesAsync(id, culture), cancellationToken)!;

    public Task<PublishedItem?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync($"item-id|{id:N}", () => _database.FindAsync(id), cancellationToken);

    public Task<IReadOnlyList<PublishedTaxonomy>> TaxonomyOfKindAsync(TaxonomyKind kind, CancellationToken cancellationToken = default) =>
        _database.TaxonomyOfKindAsync(kind, cancellationToken);

    public Task<MissingAddress> ResolveMissingAsync(DocumentType type, string culture, string slug, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(slug);
        return GetAsync($"missing|{type}|{culture}|{slug.ToLowerInvariant()}", () => _database.ResolveMissingAsync(type, culture, slug), cancellationToken)!;
    }

    public Task<PublishedTaxonomy?> FindTaxonomyAsync(TaxonomyKind kind, string taxonomyAlias, CancellationToken cancellationToken = default) =>
        _database.FindTaxonomyAsync(kind, taxonomyAlias, cancellationToken);

    public Task<IReadOnlyDictionary<Guid, PublishedTaxonomy>> TaxonomyAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken = default) =>
        _database.TaxonomyAsync(ids, cancellationToken);

    public Task<IReadOnlyDictionary<Guid, PublishedMedia>> MediaAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken = default)
    {
        var wanted = ids.Distinct().Order().ToList();
        return GetAsync("media|" + string.Join(',', wanted.Select(id => id.ToString("N"))), () => _database.MediaAsync(wanted), cancellationToken)!;
    }

    public Task<IReadOnlyDictionary<DocumentType, PublishedDocumentType>> DocumentTypesAsync(CancellationToken cancellationToken = default) =>
        _database.DocumentTypesAsync(cancellationToken);

    // Loads run without the request's cancellation, since other requests may await them. A failed
    // load is not kept, so the next request retries; a load that raced an invalidation is not kept.
    private async Task<T?> GetAsync<T>(string key, Func<Task<T>> load, CancellationToken cancellationToken)
    {
        var entries = Volatile.Read(ref _entries);
        if (entries.TryGetValue(key, out var cached))
        {
            return (T?)cached;
        }

        var generation = Interlocked.Read(ref _generation);
        var loading = _loading.GetOrAdd(key, _ => Box(load));
        try
        {
            var value = await loading.WaitAsync(cancellationToken);
            if (Interlocked.Read(ref _generation) == generation)
            {
                // A full cache refuses new entries until its background compaction has run: compact
                // now instead, so what is read now (the hot pages) gets in and the coldest go.
                var size = PublishedContentSize.Of(value);
                if ((entries.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0) + size > _maxBytes)
                {
                    entries.Compact(0.25);
                }

                entries.Set(key, value, new MemoryCacheEntryOptions { Size = size });
            }

            return (T?)value;
        }
        finally
        {
            if (loading.IsCompleted)
            {
                _loading.TryRemove(new KeyValuePair<string, Task<object?>>(key, loading));
            }
        }
    }

    private MemoryCache NewCache() => new(new MemoryCacheOptions { SizeLimit = _maxBytes, CompactionPercentage = 0.25, TrackStatistics = true });

    private static async Task<object?> Box<T>(Func<Task<T>> load) => await load();
}
