using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Taxonomy;

namespace OmbudsmanSite.Infrastructure.Persistence;

internal sealed class PublishedContent(IDbContextFactory<SiteDbContext> contextFactory) : IPublishedContent
{
    public async Task<PagedList<ContentItem>> ListAsync(DocumentType type, string culture, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = PublishedIn(db, culture).Where(c => c.Type == type);
        var total = await query.CountAsync(cancellationToken);
        var items = await Newest(query)
            .Skip((page - 1) * pageSize)
            .Take(pageSize)
            .Include(c => c.Variants)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return new PagedList<ContentItem>(items, page, pageSize, total);
    }

    public async Task<IReadOnlyList<ContentItem>> LatestAsync(string culture, int count, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await Newest(PublishedIn(db, culture).Where(c => c.Type != DocumentType.Home && c.Type != DocumentType.Page))
            .Take(count)
            .Include(c => c.Variants)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
    }

    public async Task<ContentItem?> FindBySlugAsync(DocumentType type, string culture, string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var normalized = slug.ToLowerInvariant();
        return await db.ContentItems.AsNoTracking()
            .Where(c => c.Type == type && c.Variants.Any(v => v.Culture == culture && v.Slug == normalized && v.State == PublicationState.Published))
            .Include(c => c.Variants)
            .Include(c => c.Taxonomy)
            .Include(c => c.Participants)
            .AsSplitQuery()
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Guid, TaxonomyItem>> TaxonomyAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken = default)
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<Guid, TaxonomyItem>();
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.TaxonomyItems.AsNoTracking().Where(t => wanted.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<DocumentType, DocumentTypeDefinition>> DocumentTypesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.DocumentTypes.AsNoTracking().ToDictionaryAsync(d => d.Type, cancellationToken);
    }

    private static IQueryable<ContentItem> PublishedIn(SiteDbContext db, string culture) =>
        db.ContentItems.AsNoTracking().Where(c => c.Variants.Any(v => v.Culture == culture && v.State == PublicationState.Published));

    // Items without a date sort by creation, so NULLs land in the same place on SQLite and PostgreSQL.
    private static IOrderedQueryable<ContentItem> Newest(IQueryable<ContentItem> query) =>
        query.OrderByDescending(c => c.DateUtc ?? c.CreatedUtc).ThenBy(c => c.Id);
}
