using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>
/// Who has which item open, kept in the shared database so every node sees it: each open editor
/// refreshes its row, removes it on closing, and a row older than the expiry counts for nothing.
/// Taking an item over is an editorial action (audited); the other editor learns of it on her next beat.
/// </summary>
public sealed class PresenceService(IDbContextFactory<SiteDbContext> contexts, EditorialWriter writer, SiteClock clock, IOptions<EditorialOptions> options)
{
    private TimeSpan Expiry => options.Value.PresenceExpiry;

    /// <summary>Records that this editor is open on <paramref name="culture"/>; returns who took it over from her, if anyone, and who else is in it.</summary>
    public async Task<PresenceBeat> BeatAsync(Guid documentId, Guid sessionId, ActingUser user, string culture, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var now = clock.UtcNow;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var mine = await db.EditorPresences.FirstOrDefaultAsync(p => p.SessionId == sessionId, cancellationToken);
        if (mine is null)
        {
            mine = new EditorPresence { DocumentId = documentId, SessionId = sessionId, UserId = user.Id, UserName = user.Name, StartedUtc = now };
            db.EditorPresences.Add(mine);
        }

        mine.Culture = culture;
        mine.SeenUtc = now;
        var stale = now - Expiry;
        await db.EditorPresences.Where(p => p.DocumentId == documentId && p.SeenUtc < stale && p.SessionId != sessionId).ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var others = await Active(db, now).Where(p => p.DocumentId == documentId && p.SessionId != sessionId).OrderBy(p => p.StartedUtc).ToListAsync(cancellationToken);
        return new PresenceBeat(mine.TakenOverByName, OnePerUserAndCulture(others));
    }

    public async Task LeaveAsync(Guid sessionId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.EditorPresences.Where(p => p.SessionId == sessionId).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Who is editing each of <paramref name="documentIds"/> now, for lists.</summary>
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<EditorPresence>>> ActiveAsync(IReadOnlyCollection<Guid> documentIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        if (documentIds.Count == 0)
        {
            return new Dictionary<Guid, IReadOnlyList<EditorPresence>>();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await Active(db, clock.UtcNow).Where(p => documentIds.Contains(p.DocumentId)).OrderBy(p => p.StartedUtc).ToListAsync(cancellationToken);
        return rows.GroupBy(p => p.DocumentId).ToDictionary(g => g.Key, g => OnePerUserAndCulture(g));
    }

    /// <summary>
    /// Takes the item over from everyone else in it (WordPress's post lock): each of them is told on
    /// her next beat, and her editor keeps what she typed as a version before it stops.
    /// </summary>
    public Task<EditorialResult> TakeOverAsync(Guid documentId, Guid sessionId, ActingUser user, CancellationToken cancellationToken = default) =>
        writer.RunOnDocumentAsync(user, EditorialRight.EditDrafts, documentId, async (session, document) =>
        {
            var others = await Active(session.Db, session.NowUtc).AsTracking()
                .Where(p => p.DocumentId == documentId && p.SessionId != sessionId && p.UserId != session.User.Id)
                .ToListAsync(cancellationToken);
            if (others.Count == 0)
            {
                return EditorialResult.Unchanged(documentId);
            }

            foreach (var other in others)
            {
                other.TakenOverByName = session.User.Name;
            }

            session.Audit(AuditAction.TakenOver, documentId, others.Select(o => o.Culture).Distinct(), document.HeadVersion,
                $"from {string.Join(", ", others.Select(o => o.UserName).Distinct())}");
            return EditorialResult.Success(documentId, document.HeadVersion);
        }, cancellationToken);

    // Someone with the item open in two tabs on one language is one person editing it.
    private static IReadOnlyList<EditorPresence> OnePerUserAndCulture(IEnumerable<EditorPresence> rows) => [.. rows.DistinctBy(p => (p.UserId, p.Culture))];

    private IQueryable<EditorPresence> Active(SiteDbContext db, DateTime now)
    {
        var since = now - Expiry;
        return db.EditorPresences.AsNoTracking().Where(p => p.SeenUtc >= since && p.TakenOverByName == null);
    }
}
