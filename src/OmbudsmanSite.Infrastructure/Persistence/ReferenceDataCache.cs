using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Taxonomy;

namespace OmbudsmanSite.Infrastructure.Persistence;

/// <summary>
/// Document types and taxonomy: small, read on every page, changed only by imports and editors.
/// Held in memory until <see cref="Invalidate"/> (called on every content change).
/// </summary>
public sealed class ReferenceDataCache(IDbContextFactory<SiteDbContext> contextFactory)
{
    private long _generation;
    private Task<IReadOnlyDictionary<Guid, TaxonomyItem>>? _taxonomy;
    private Task<IReadOnlyDictionary<DocumentType, DocumentTypeDefinition>>? _documentTypes;

    public Task<IReadOnlyDictionary<Guid, TaxonomyItem>> TaxonomyAsync(CancellationToken cancellationToken = default) =>
        GetOrLoad(ref _taxonomy, async () =>
        {
            await using var db = await contextFactory.CreateDbContextAsync();
            return (IReadOnlyDictionary<Guid, TaxonomyItem>)await db.TaxonomyTerms.ToDictionaryAsync(t => t.Id);
        }).WaitAsync(cancellationToken);

    public Task<IReadOnlyDictionary<DocumentType, DocumentTypeDefinition>> DocumentTypesAsync(CancellationToken cancellationToken = default) =>
        GetOrLoad(ref _documentTypes, async () =>
        {
            await using var db = await contextFactory.CreateDbContextAsync();
            return (IReadOnlyDictionary<DocumentType, DocumentTypeDefinition>)await db.DocumentTypeDefinitions.ToDictionaryAsync(d => d.Type);
        }).WaitAsync(cancellationToken);

    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        Volatile.Write(ref _taxonomy, null);
        Volatile.Write(ref _documentTypes, null);
    }

    // Loads are shared by all requests, so they run without any one request's cancellation. A failed
    // load is retried by the next request; one that raced an invalidation is used once, not kept.
    private Task<T> GetOrLoad<T>(ref Task<T>? slot, Func<Task<T>> load)
    {
        var current = Volatile.Read(ref slot);
        if (current is { IsFaulted: false, IsCanceled: false })
        {
            return current;
        }

        var generation = Interlocked.Read(ref _generation);
        var task = load();
        if (Interlocked.Read(ref _generation) == generation)
        {
            Interlocked.CompareExchange(ref slot, task, current);
        }

        return task;
    }
}
