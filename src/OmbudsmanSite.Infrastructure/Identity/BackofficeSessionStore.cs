using System.Buffers.Text;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Identity;

/// <summary>
/// The server's list of backoffice sessions (one row each, in the shared database, so every node
/// knows): started at sign-in, checked on every request and by every open editor, ended by sign-out,
/// "sign out everywhere", a disabled account, rights taken away, a new password or a reset second factor.
/// </summary>
public sealed class BackofficeSessionStore(IDbContextFactory<SiteDbContext> contexts, SiteClock clock, IOptions<BackofficeOptions> options)
{
    private static readonly TimeSpan SeenPrecision = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan KeepEnded = TimeSpan.FromDays(7);

    /// <summary>A new session for <paramref name="userId"/>; its id goes into the cookie as <see cref="BackofficeClaims.SessionId"/>.</summary>
    public async Task<string> StartAsync(string userId, CancellationToken cancellationToken = default)
    {
        var id = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(24));
        var now = clock.UtcNow;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.BackofficeSessions.Add(new BackofficeSession(id, userId, now));
        await db.SaveChangesAsync(cancellationToken);

        // Old rows go as new ones come: ended a week ago, or idle past any cookie's life.
        var idleSince = now - options.Value.SessionDuration - KeepEnded;
        await db.BackofficeSessions.Where(s => s.EndedUtc < now - KeepEnded || s.LastSeenUtc < idleSince).ExecuteDeleteAsync(cancellationToken);
        return id;
    }

    /// <summary>
    /// The account's security stamp when <paramref name="principal"/>'s session still stands (not ended,
    /// not idle past the session's duration, its account not disabled); null when it must be refused.
    /// </summary>
    public async Task<string?> StampOfActiveAsync(ClaimsPrincipal? principal, CancellationToken cancellationToken = default)
    {
        var sessionId = principal?.FindFirstValue(BackofficeClaims.SessionId);
        var userId = principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        if (sessionId is not { Length: > 0 and <= BackofficeSession.IdLength } || userId is null)
        {
            return null;
        }

        var now = clock.UtcNow;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await db.BackofficeSessions.AsNoTracking()
            .Where(s => s.Id == sessionId && s.UserId == userId && s.EndedUtc == null)
            .Join(db.Users, s => s.UserId, u => u.Id, (s, u) => new { s.LastSeenUtc, u.IsDisabled, u.SecurityStamp })
            .FirstOrDefaultAsync(cancellationToken);
        if (found is null || found.IsDisabled || now - found.LastSeenUtc > options.Value.SessionDuration)
        {
            return null;
        }

        if (now - found.LastSeenUtc > SeenPrecision)
        {
            await db.BackofficeSessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenUtc, now), cancellationToken);
        }

        return found.SecurityStamp ?? "";
    }

    public async Task EndAsync(string sessionId, SessionEndReason reason, CancellationToken cancellationToken = default)
    {
        var now = clock.UtcNow;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.BackofficeSessions.Where(s => s.Id == sessionId && s.EndedUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedUtc, now).SetProperty(x => x.EndReason, reason), cancellationToken);
    }

    /// <summary>Ends every session of <paramref name="userId"/>; returns how many were open.</summary>
    public async Task<int> EndAllAsync(string userId, SessionEndReason reason, CancellationToken cancellationToken = default)
    {
        var now = clock.UtcNow;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.BackofficeSessions.Where(s => s.UserId == userId && s.EndedUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedUtc, now).SetProperty(x => x.EndReason, reason), cancellationToken);
    }
}
