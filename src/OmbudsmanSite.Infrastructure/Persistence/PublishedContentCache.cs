using System.Collections.Concurrent;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Media;
using OmbudsmanSite.Core.Taxonomy;

namespace OmbudsmanSite.Infrastructure.Persistence;

/// <summary>
/// The published content the site renders from, kept in memory between content changes (the idea of
/// Umbraco's published cache): every read is answered once from the database, then from memory until
/// <see cref="Invalidate"/>. Entries are bounded; past the bound the cache starts over.
/// </summary>
public sealed class PublishedContentCache(PublishedContent database, ReferenceDataCache referenceData) : IPublishedContent, IContentChangeListener
{
    private const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<string, Task<object?>> _entries = new(StringComparer.Ordinal);
    private long _generation;

    // ConcurrentDictionary.Count takes every lock; the bound is checked on each read, so count adds here.
    private int _count;

    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
        Volatile.Write(ref _count, 0);
        referenceData.Invalidate();
    }

    public Task OnContentChangedAsync(CancellationToken cancellationToken = default)
    {
        Invalidate();
        return Task.CompletedTask;
    }

    public Task<PagedList<ContentItem>> ListAsync(DocumentType type, string culture, ContentFilter filter, int page, int pageSize, CancellationToken cancellationToken = default) =>
        GetAsync($"list|{type}|{culture}|{filter}|{page}|{pageSize}", () => database.ListAsync(type, culture, filter, page, pageSize), cancellationToken)!;

    public Task<ListingFacets> FacetsAsync(DocumentType type, string culture, CancellationToken cancellationToken = default) =>
        GetAsync($"facets|{type}|{culture}", () => database.FacetsAsync(type, culture), cancellationToken)!;

    // Keyed by the minute: an announcement leaves the list at most a minute after its start.
    public Task<IReadOnlyList<ContentItem>> UpcomingMeetingsAsync(string culture, DateTime nowUtc, int count, CancellationToken cancellationToken = default)
    {
        var minute = new DateTime(nowUtc.Ticks - (nowUtc.Ticks % TimeSpan.TicksPerMinute), DateTimeKind.Utc);
        return GetAsync($"upcoming|{culture}|{minute.Ticks}|{count}", () => database.UpcomingMeetingsAsync(culture, minute, count), cancellationToken)!;
    }

    public Task<IReadOnlyList<ContentItem>> RelatedAsync(ContentItem item, string culture, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        return GetAsync($"related|{item.Id}|{culture}|{count}", () => database.RelatedAsync(item, culture, count), cancellationToken)!;
    }

    public Task<IReadOnlyList<ContentItem>> AllPublishedAsync(CancellationToken cancellationToken = default) =>
        GetAsync("all", () => database.AllPublishedAsync(), cancellationToken)!;

    public Task<DateTime?> LastChangeUtcAsync(CancellationToken cancellationToken = default) =>
        database.LastChangeUtcAsync(cancellationToken);

    public Task<IReadOnlyList<ContentItem>> LatestAsync(string culture, DocumentType? type, int count, CancellationToken cancellationToken = default) =>
        GetAsync($"latest|{culture}|{type}|{count}", () => database.LatestAsync(culture, type, count), cancellationToken)!;

    public Task<ContentItem?> FindBySlugAsync(DocumentType type, string culture, string slug, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(slug);
        return GetAsync($"item|{type}|{culture}|{slug.ToLowerInvariant()}", () => database.FindBySlugAsync(type, culture, slug), cancellationToken);
    }

    public Task<TaxonomyItem?> FindTaxonomyAsync(TaxonomyKind kind, string taxonomyAlias, CancellationToken cancellationToken = default) =>
        database.FindTaxonomyAsync(kind, taxonomyAlias, cancellationToken);

    public Task<IReadOnlyDictionary<Guid, TaxonomyItem>> TaxonomyAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken = default) =>
        database.TaxonomyAsync(ids, cancellationToken);

    public Task<IReadOnlyDictionary<Guid, MediaItem>> MediaAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken = default)
    {
        var wanted = ids.Distinct().Order().ToList();
        return GetAsync("media|" + string.Join(',', wanted.Select(id => id.ToString("N"))), () => database.MediaAsync(wanted), cancellationToken)!;
    }

    public Task<IReadOnlyDictionary<DocumentType, DocumentTypeDefinition>> DocumentTypesAsync(CancellationToken cancellationToken = default) =>
        database.DocumentTypesAsync(cancellationToken);

    // Loads run without the request's cancellation, since other requests may await them. A failed
    // load is dropped so the next request retries; a load that raced an invalidation is not kept.
    private async Task<T?> GetAsync<T>(string key, Func<Task<T>> load, CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _count) >= MaxEntries)
        {
            _entries.Clear();
            Volatile.Write(ref _count, 0);
        }

        var generation = Interlocked.Read(ref _generation);
        var entry = _entries.GetOrAdd(key, _ =>
        {
            Interlocked.Increment(ref _count);
            return Box(load);
        });
        try
        {
            return (T?)await entry.WaitAsync(cancellationToken);
        }
        catch when (!cancellationToken.IsCancellationRequested)
        {
            _entries.TryRemove(new KeyValuePair<string, Task<object?>>(key, entry));
            throw;
        }
        finally
        {
            if (Interlocked.Read(ref _generation) != generation)
            {
                _entries.TryRemove(new KeyValuePair<string, Task<object?>>(key, entry));
            }
        }
    }

    private static async Task<object?> Box<T>(Func<Task<T>> load) => await load();
}
