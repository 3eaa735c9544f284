using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>
/// The delivery API's keys: made and revoked by administrators through the editorial writer (so
/// both are audited, and refused to anyone else), checked by the API on each preview request.
/// </summary>
public sealed class ApiKeyService(EditorialWriter writer, IDbContextFactory<SiteDbContext> contexts, SiteClock clock)
{
    public const int MaxNameLength = 100;

    // Last use is bookkeeping for the administrators' list: written at most this often per key, not on every request.
    private static readonly TimeSpan UseResolution = TimeSpan.FromMinutes(1);

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ApiKeys.AsNoTracking().OrderBy(k => k.RevokedUtc != null).ThenByDescending(k => k.CreatedUtc).ToListAsync(cancellationToken);
    }

    /// <summary>Makes a key; its secret is in the answer and nowhere else, ever.</summary>
    public async Task<ApiKeyCreation> CreateAsync(string name, ApiKeyScope scope, ActingUser user, CancellationToken cancellationToken = default)
    {
        var trimmed = name?.Trim() ?? "";
        string? secret = null;
        var result = await writer.RunAsync(user, EditorialRight.ManageSettings, session =>
        {
            if (trimmed.Length is 0 or > MaxNameLength)
            {
                return Task.FromResult(EditorialResult.Invalid(null, FieldNames.Name, $"Name the key (at most {MaxNameLength} characters): who uses it, for what."));
            }

            secret = ApiKey.NewSecret();
            var key = new ApiKey(Guid.NewGuid(), trimmed, secret, scope, user, session.NowUtc);
            session.Db.ApiKeys.Add(key);
            session.Audit(AuditAction.ApiKeyCreated, null, [], null, $"{trimmed} ({key.Hint}…, {scope})");
            return Task.FromResult(EditorialResult.Success(null));
        }, cancellationToken);
        return new ApiKeyCreation(result, result.Succeeded ? secret : null);
    }

    public Task<EditorialResult> RevokeAsync(Guid id, ActingUser user, CancellationToken cancellationToken = default) =>
        writer.RunAsync(user, EditorialRight.ManageSettings, async session =>
        {
            var key = await session.Db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id, cancellationToken);
            if (key is null)
            {
                return EditorialResult.Invalid(null, FieldNames.Name, $"There is no API key {id}.");
            }

            if (key.IsRevoked)
            {
                return EditorialResult.Unchanged(null);
            }

            key.Revoke(user, session.NowUtc);
            session.Audit(AuditAction.ApiKeyRevoked, null, [], null, $"{key.Name} ({key.Hint}…)");
            return EditorialResult.Success(null);
        }, cancellationToken);

    /// <summary>Whether <paramref name="secret"/> is a live key for <paramref name="scope"/>.</summary>
    public async Task<bool> IsValidAsync(string? secret, ApiKeyScope scope, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(secret) || !secret.StartsWith(ApiKey.SecretPrefix, StringComparison.Ordinal) || secret.Length > 100)
        {
            return false;
        }

        // The lookup is by hash, so timing says nothing about a secret's characters.
        var hash = ApiKey.HashOf(secret);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.Hash == hash, cancellationToken);
        if (key is null || key.IsRevoked || key.Scope != scope)
        {
            return false;
        }

        var now = clock.UtcNow;
        if (key.LastUsedUtc is not { } last || now - last >= UseResolution)
        {
            key.MarkUsed(now);
            await db.SaveChangesAsync(cancellationToken);
        }

        return true;
    }
}
