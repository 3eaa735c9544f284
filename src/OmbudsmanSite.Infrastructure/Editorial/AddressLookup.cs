using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>What an address that is no live item's answers (the public side of redirects and the recycle bin).</summary>
internal static class AddressLookup
{
    public static async Task<MissingAddress> ResolveAsync(SiteDbContext db, DocumentType type, string culture, string slug, CancellationToken cancellationToken)
    {
        var redirect = await db.Redirects.AsNoTracking()
            .Where(r => r.Culture == culture && r.DocumentType == type && r.Slug == slug)
            .Select(r => new { r.Kind, r.TargetDocumentId })
            .FirstOrDefaultAsync(cancellationToken);
        if (redirect is { Kind: RedirectKind.Gone })
        {
            return MissingAddress.Gone;
        }

        if (redirect?.TargetDocumentId is { } target)
        {
            var live = await db.ContentVariants.AsNoTracking().Where(v => v.ContentItemId == target && v.Culture == culture).Select(v => v.Slug).FirstOrDefaultAsync(cancellationToken);
            if (live is not null)
            {
                return new MissingAddress(MissingAddressKind.MovedPermanently, live);
            }

            return await db.Documents.AnyAsync(d => d.Id == target && d.DeletedUtc != null, cancellationToken) ? MissingAddress.Gone : MissingAddress.NotFound;
        }

        var deleted = await db.DocumentCultures.AsNoTracking()
            .Where(c => c.Culture == culture && c.DocumentType == type && c.Slug == slug && c.FirstPublishedUtc != null)
            .Join(db.Documents.Where(d => d.DeletedUtc != null), c => c.DocumentId, d => d.Id, (c, d) => d.Id)
            .AnyAsync(cancellationToken);
        return deleted ? MissingAddress.Gone : MissingAddress.NotFound;
    }
}
