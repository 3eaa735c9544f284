using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>
/// Writes <see cref="RetiredAddress"/> rows, the public side's answer for addresses that are no live
/// item's, from the editors' redirects and recycle bin: a redirect at the address decides (to its
/// item, or gone); else an item in the bin that had been live there makes it gone until restored.
/// <see cref="EditorialSession"/> rewrites the addresses an operation touched; a migration builds all once.
/// </summary>
internal static class RetiredAddressProjection
{
    /// <summary>The migration that adds the table (both providers name it so).</summary>
    public const string MigrationName = "RetiredAddresses";

    /// <summary>Rewrites the rows of <paramref name="addresses"/> from what is saved in this context's transaction.</summary>
    public static async Task RefreshAsync(SiteDbContext db, IReadOnlyCollection<ItemAddress> addresses, CancellationToken cancellationToken)
    {
        foreach (var address in addresses.Distinct())
        {
            var held = await db.RetiredAddresses.FirstOrDefaultAsync(a => a.Culture == address.Culture && a.DocumentType == address.Type && a.Slug == address.Slug, cancellationToken);
            if (held is not null)
            {
                db.RetiredAddresses.Remove(held);
                await db.SaveChangesAsync(cancellationToken);
            }

            if (await AnswerAsync(db, address, cancellationToken) is { } answer)
            {
                db.RetiredAddresses.Add(answer);
            }
        }
    }

    /// <summary>Builds every row anew; returns how many there are.</summary>
    public static async Task<int> RebuildAsync(SiteDbContext db, CancellationToken cancellationToken)
    {
        await db.RetiredAddresses.ExecuteDeleteAsync(cancellationToken);
        var redirects = await db.Redirects.AsNoTracking().Select(r => new ItemAddress(r.Culture, r.DocumentType, r.Slug)).ToListAsync(cancellationToken);
        var binned = await db.DocumentCultures.AsNoTracking()
            .Where(c => c.FirstPublishedUtc != null && db.Documents.Any(d => d.Id == c.DocumentId && d.DeletedUtc != null))
            .Select(c => new ItemAddress(c.Culture, c.DocumentType, c.Slug)).ToListAsync(cancellationToken);
        var count = 0;
        foreach (var address in redirects.Concat(binned).Distinct())
        {
            if (await AnswerAsync(db, address, cancellationToken) is { } answer)
            {
                db.RetiredAddresses.Add(answer);
                count++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return count;
    }

    private static async Task<RetiredAddress?> AnswerAsync(SiteDbContext db, ItemAddress address, CancellationToken cancellationToken)
    {
        var redirect = await db.Redirects.AsNoTracking()
            .Where(r => r.Culture == address.Culture && r.DocumentType == address.Type && r.Slug == address.Slug)
            .Select(r => new { r.Kind, r.TargetDocumentId })
            .FirstOrDefaultAsync(cancellationToken);
        if (redirect is not null)
        {
            return redirect is { Kind: RedirectKind.Gone } or { TargetDocumentId: null }
                ? new RetiredAddress(address.Culture, address.Type, address.Slug, RetiredAddressKind.Gone, null)
                : new RetiredAddress(address.Culture, address.Type, address.Slug, RetiredAddressKind.Redirect, redirect.TargetDocumentId);
        }

        var binned = await db.DocumentCultures.AsNoTracking()
            .Where(c => c.Culture == address.Culture && c.DocumentType == address.Type && c.Slug == address.Slug && c.FirstPublishedUtc != null)
            .Join(db.Documents.Where(d => d.DeletedUtc != null), c => c.DocumentId, d => d.Id, (c, d) => (Guid?)d.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return binned is { } id ? new RetiredAddress(address.Culture, address.Type, address.Slug, RetiredAddressKind.DeletedItem, id) : null;
    }
}
