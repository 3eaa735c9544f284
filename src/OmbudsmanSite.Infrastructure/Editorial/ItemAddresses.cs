using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Routing;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>
/// The item a route names (an item's or a page's): the item whose address it is now, else the one
/// an old address redirects to. The pasted-address search and the
/// stored links' conversion both ask so.
/// </summary>
internal static class ItemAddresses
{
    public static async Task<Guid?> FindAsync(SiteDbContext db, SiteRoute route, CancellationToken cancellationToken)
    {
        if (route.Kind is not (SiteRouteKind.Item or SiteRouteKind.Page) || route.DocumentType is not { } type)
        {
            return null;
        }

        var culture = route.Culture;
        var normalized = route.Slug!.ToLowerInvariant();
        var current = await db.DocumentCultures.AsNoTracking().Where(c => c.Culture == culture && c.DocumentType == type && c.Slug == normalized)
            .Join(db.Documents.Where(d => d.DeletedUtc == null), c => c.DocumentId, d => d.Id, (c, d) => (Guid?)d.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return current ?? await db.Redirects.AsNoTracking().Where(r => r.Culture == culture && r.DocumentType == type && r.Slug == normalized && r.TargetDocumentId != null)
            .Select(r => r.TargetDocumentId).FirstOrDefaultAsync(cancellationToken);
    }
}
