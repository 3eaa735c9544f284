using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Media;
using OmbudsmanSite.Core.Routing;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>
/// The backoffice's one search box: items by the words of their titles in any language and state
/// (the lists' title-word index), media by name and alt text, and, for those who manage them, users.
/// Each group is a bounded, indexed read: it answers at once at any size.
/// </summary>
public sealed class WorkspaceSearch(IDbContextFactory<SiteDbContext> contexts)
{
    public async Task<WorkspaceSearchResult> SearchAsync(ActingUser user, string? text, int max, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrWhiteSpace(text))
        {
            return WorkspaceSearchResult.Empty;
        }

        max = Math.Clamp(max, 1, EditorListQuery.MaxPageSize);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await ItemsAsync(db, text, max, cancellationToken);

        // Alt text is a JSON text column: one LIKE on the stored text finds a word in any language
        // (stored unescaped, so ə and Cyrillic match as typed; lower() folds every script on both
        // providers: SqliteUnicodeLower).
        var pattern = "%" + Like.Escape(text.Trim().ToLower(CultureInfo.InvariantCulture)) + "%";
        var media = await db.MediaItems
            .FromSql($"SELECT * FROM \"MediaItems\" WHERE lower(\"Name\") LIKE {pattern} ESCAPE '\\' OR lower(\"AltText\") LIKE {pattern} ESCAPE '\\'")
            .AsNoTracking().OrderByDescending(m => m.UpdatedUtc).Take(max).ToListAsync(cancellationToken);

        IReadOnlyList<WorkspaceUserHit> users = [];
        if (user.Rights.Allows(EditorialRight.ManageUsers))
        {
            users = await db.Users
                .FromSql($"SELECT * FROM \"AspNetUsers\" WHERE lower(\"DisplayName\") LIKE {pattern} ESCAPE '\\' OR lower(\"Email\") LIKE {pattern} ESCAPE '\\'")
                .AsNoTracking()
                .OrderBy(u => u.DisplayName).Take(max)
                .Select(u => new WorkspaceUserHit(u.Id, u.DisplayName.Length > 0 ? u.DisplayName : u.Email ?? u.Id, u.Email))
                .ToListAsync(cancellationToken);
        }

        return new WorkspaceSearchResult(found, media, users);
    }

    /// <summary>Items whose titles, in any language and state, hold words starting as typed: newest first (the editor's link picker).</summary>
    public async Task<IReadOnlyList<ItemStateSummary>> ItemsAsync(string? text, int max, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ItemsAsync(db, text, Math.Clamp(max, 1, EditorListQuery.MaxPageSize), cancellationToken);
    }

    /// <summary>
    /// What a body's internal links lead to, for the editor's warnings: each item's titles, whether it
    /// is in the recycle bin, and the languages it is live in. An id with no item (purged) is absent.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, LinkTarget>> LinkTargetsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, LinkTarget>();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var documents = await db.Documents.AsNoTracking().Where(d => ids.Contains(d.Id)).Select(d => new { d.Id, d.DeletedUtc }).ToListAsync(cancellationToken);
        var cultures = await db.DocumentCultures.AsNoTracking().Where(c => ids.Contains(c.DocumentId))
            .Select(c => new { c.DocumentId, c.Culture, c.Title, Live = c.PublishedVersion != null }).ToListAsync(cancellationToken);
        return documents.ToDictionary(d => d.Id, d => new LinkTarget(
            d.Id,
            cultures.Where(c => c.DocumentId == d.Id).ToDictionary(c => c.Culture, c => c.Title, StringComparer.OrdinalIgnoreCase),
            d.DeletedUtc is not null,
            [.. cultures.Where(c => c.DocumentId == d.Id && c.Live && d.DeletedUtc == null).Select(c => c.Culture).Order(StringComparer.Ordinal)]));
    }

    private static async Task<IReadOnlyList<ItemStateSummary>> ItemsAsync(SiteDbContext db, string text, int max, CancellationToken cancellationToken)
    {
        var items = TitleWordFilter.Apply(db, db.Documents.AsNoTracking().Where(d => d.DeletedUtc == null), text)
            .OrderByDescending(d => d.UpdatedUtc).ThenByDescending(d => d.Id).Take(max);
        var states = await ContentQueries.StatesAsync(db, items, cancellationToken);
        return [.. states.Values.OrderByDescending(s => s.UpdatedUtc).ThenByDescending(s => s.Id)];
    }

    /// <summary>The item a public address's route names: live there now, else through the redirect an old address left.</summary>
    public async Task<Guid?> ItemAtAsync(SiteRoute route, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await ItemAddresses.FindAsync(db, route, cancellationToken);
    }
}
