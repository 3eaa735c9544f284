using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Infrastructure.Persistence;

/// <summary>
/// What an address that is no live item's answers, from the read side only (<see cref="RetiredAddress"/>
/// and the published variants): 301 to where its item lives now, 410 for a deleted item, else 404.
/// </summary>
internal static class AddressLookup
{
    public static async Task<MissingAddress> ResolveAsync(SiteDbContext db, DocumentType type, string culture, string slug, CancellationToken cancellationToken)
    {
        var retired = await db.PublishedRetiredAddresses
            .Where(a => a.Culture == culture && a.DocumentType == type && a.Slug == slug)
            .Select(a => new { a.Kind, a.TargetItemId })
            .FirstOrDefaultAsync(cancellationToken);
        switch (retired)
        {
            case null:
                return MissingAddress.NotFound;
            case { Kind: RetiredAddressKind.Gone or RetiredAddressKind.DeletedItem }:
                return MissingAddress.Gone;
        }

        var target = retired.TargetItemId;
        var live = await db.PublishedVariants.Where(v => v.ContentItemId == target && v.Culture == culture).Select(v => new { v.Slug, v.DocumentType }).FirstOrDefaultAsync(cancellationToken);
        if (live is not null)
        {
            return new MissingAddress(MissingAddressKind.MovedPermanently, live.Slug, live.DocumentType);
        }

        // The item it leads to is in the recycle bin: gone with it, until it is restored.
        return await db.PublishedRetiredAddresses.AnyAsync(a => a.Kind == RetiredAddressKind.DeletedItem && a.TargetItemId == target, cancellationToken)
            ? MissingAddress.Gone
            : MissingAddress.NotFound;
    }
}
