using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>
/// The item an address names (its culture, the types its path allows, its slug): the item whose
/// address it is now, else the one an old address redirects to. The pasted-address search and the
/// stored links' conversion both ask so.
/// </summary>
internal static class ItemAddresses
{
    public static async Task<Guid?> FindAsync(SiteDbContext db, string culture, IReadOnlyCollection<DocumentType> types, string slug, CancellationToken cancellationToken)
    {
        var normalized = slug.ToLowerInvariant();
        var current = await db.DocumentCultures.AsNoTracking().Where(c => c.Culture == culture && types.Contains(c.DocumentType) && c.Slug == normalized)
            .Join(db.Documents.Where(d => d.DeletedUtc == null), c => c.DocumentId, d => d.Id, (c, d) => (Guid?)d.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return current ?? await db.Redirects.AsNoTracking().Where(r => r.Culture == culture && types.Contains(r.DocumentType) && r.Slug == normalized && r.TargetDocumentId != null)
            .Select(r => r.TargetDocumentId).FirstOrDefaultAsync(cancellationToken);
    }
}
