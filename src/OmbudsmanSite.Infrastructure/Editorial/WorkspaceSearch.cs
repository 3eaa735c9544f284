using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Media;
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
        var items = TitleWordFilter.Apply(db, db.Documents.AsNoTracking().Where(d => d.DeletedUtc == null), text)
            .OrderByDescending(d => d.UpdatedUtc).ThenByDescending(d => d.Id).Take(max);
        var states = await ContentQueries.StatesAsync(db, items, cancellationToken);
        var found = states.Values.OrderByDescending(s => s.UpdatedUtc).ThenByDescending(s => s.Id).ToList();

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

    /// <summary>
    /// The items a public address's last segment names in a culture: live addresses first, then the
    /// old ones a redirect keeps (a link pasted from an old e-mail still finds its item).
    /// </summary>
    public async Task<IReadOnlyList<(Guid Id, DocumentType Type)>> BySlugAsync(string culture, string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var current = await db.DocumentCultures.AsNoTracking().Where(c => c.Culture == culture && c.Slug == slug)
            .Join(db.Documents.Where(d => d.DeletedUtc == null), c => c.DocumentId, d => d.Id, (c, d) => new { d.Id, d.Type })
            .ToListAsync(cancellationToken);
        var moved = await db.Redirects.AsNoTracking().Where(r => r.Culture == culture && r.Slug == slug && r.TargetDocumentId != null)
            .Select(r => new { Id = r.TargetDocumentId!.Value, Type = r.DocumentType }).ToListAsync(cancellationToken);
        return [.. current.Concat(moved).Select(r => (r.Id, r.Type)).Distinct()];
    }
}
