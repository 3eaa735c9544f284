using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>
/// The redirects table: listed and searched, added by hand (an old path to an item, per culture),
/// removed. Redirects left by slug changes are made by <see cref="ContentEditingService"/>.
/// </summary>
public sealed class RedirectService(EditorialWriter writer, IDbContextFactory<SiteDbContext> contexts, SiteCultures cultures)
{
    public async Task<PagedList<Redirect>> ListAsync(string? search, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Redirects.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var text = search.Trim().Trim('/').ToLowerInvariant();
            query = query.Where(r => r.Slug.Contains(text));
        }

        var total = await query.CountAsync(cancellationToken);
        var rows = await query.OrderByDescending(r => r.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new PagedList<Redirect>(rows, page, pageSize, total);
    }

    /// <summary>
    /// Sends <paramref name="slug"/> in <paramref name="culture"/> and the target's section to the
    /// item. Refused when the address is an item's own (a redirect there would shadow a page or loop).
    /// </summary>
    public Task<EditorialResult> AddAsync(string culture, string slug, Guid targetId, ActingUser user, CancellationToken cancellationToken = default) =>
        writer.RunAsync(user, EditorialRight.ManageRedirects, async session =>
        {
            if (!cultures.IsKnown(culture))
            {
                return EditorialResult.Invalid(targetId, FieldNames.Culture, $"'{culture}' is not a configured language.");
            }

            var wanted = slug?.Trim().Trim('/').ToLowerInvariant() ?? "";
            if (ContentValidator.ValidateSlug(culture, wanted) is { } invalid)
            {
                return EditorialResult.Invalid(targetId, [invalid with { Field = FieldNames.Redirect }]);
            }

            var target = await DocumentStore.FindAsync(session, targetId, cancellationToken);
            if (target is null || target.IsDeleted)
            {
                return EditorialResult.Invalid(targetId, FieldNames.Redirect, $"There is no item {targetId} to redirect to.");
            }

            if (await DocumentStore.SlugHeldAsync(session.Db, culture, target.Type, wanted, cancellationToken))
            {
                return EditorialResult.Invalid(targetId, FieldNames.Redirect, $"/{wanted} is the address of an item; change that item's address first.");
            }

            if (await session.Db.Redirects.AnyAsync(r => r.Culture == culture && r.DocumentType == target.Type && r.Slug == wanted, cancellationToken))
            {
                return EditorialResult.Invalid(targetId, FieldNames.Redirect, $"/{wanted} already redirects; remove that redirect first.");
            }

            var redirect = new Redirect(culture, target.Type, wanted, targetId, RedirectKind.Manual, session.User, session.NowUtc);
            session.Db.Redirects.Add(redirect);
            session.AddressesChanged([new ItemAddress(culture, target.Type, wanted)]);
            await session.Db.SaveChangesAsync(cancellationToken);
            session.Audit(AuditAction.RedirectAdded, targetId, [culture], null, $"/{wanted} → item (manual)");
            session.Journal(targetId, [culture], ContentChangeKind.Published);
            return EditorialResult.Success(targetId) with { RowId = redirect.Id };
        }, cancellationToken);

    /// <summary>Removes a redirect; its address then answers 404, and a new item may take it.</summary>
    public Task<EditorialResult> RemoveAsync(long redirectId, ActingUser user, CancellationToken cancellationToken = default) =>
        writer.RunAsync(user, EditorialRight.ManageRedirects, async session =>
        {
            var redirect = await session.Db.Redirects.FirstOrDefaultAsync(r => r.Id == redirectId, cancellationToken);
            if (redirect is null)
            {
                return EditorialResult.Invalid(null, FieldNames.Redirect, $"There is no redirect {redirectId}.");
            }

            session.Db.Redirects.Remove(redirect);
            session.AddressesChanged([new ItemAddress(redirect.Culture, redirect.DocumentType, redirect.Slug)]);
            session.Audit(AuditAction.RedirectRemoved, redirect.TargetDocumentId, [redirect.Culture], null, $"/{redirect.Slug} ({redirect.Kind})");
            session.Journal(redirect.TargetDocumentId, [redirect.Culture], ContentChangeKind.Published);
            return EditorialResult.Success(redirect.TargetDocumentId) with { RowId = redirectId };
        }, cancellationToken);
}
