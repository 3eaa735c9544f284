using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>
/// Runs every editorial operation the same way: a session, the operation, a commit when it
/// succeeded (or kept a conflict), a nudge to the journal reader. A write that lost a race (the
/// revision moved, a unique slug was taken a moment ago) is run again from the start, where it then
/// meets the new state: a stale save becomes a conflict, a taken slug a different one.
/// </summary>
public sealed class EditorialWriter(
    IDbContextFactory<SiteDbContext> contexts,
    SiteClock clock,
    SiteCultures cultures,
    ContentJournal journal,
    IOptions<EditorialOptions> options,
    ILogger<EditorialWriter> logger)
{
    private const int SqliteUniqueViolation = 2067;
    private const int SqlitePrimaryKeyViolation = 1555;

    internal async Task<EditorialResult> RunAsync(ActingUser user, EditorialRight permission, Func<EditorialSession, Task<EditorialResult>> operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var result = user.Rights.Allows(permission)
            ? await RunAllowedAsync(user, operation, cancellationToken)
            : EditorialResult.Forbidden(null, $"{user.Name} may not do this ({permission}).");
        if (result.Status == OperationStatus.Forbidden)
        {
            // The refused operation wrote nothing; its refusal is recorded on its own.
            await AppendAuditAsync(user, AuditAction.AccessDenied, result.DocumentId, $"{permission}: {string.Join(" ", result.Errors.Select(e => e.Message))}", cancellationToken);
        }

        return result;
    }

    /// <summary>An audit line that is not part of a content operation (a refusal, a sign-in).</summary>
    internal Task AppendAuditAsync(ActingUser user, AuditAction action, Guid? documentId, string? detail, CancellationToken cancellationToken) =>
        RunAllowedAsync(user, session =>
        {
            session.Audit(action, documentId, [], null, detail);
            return Task.FromResult(EditorialResult.Success(documentId));
        }, cancellationToken);

    private async Task<EditorialResult> RunAllowedAsync(ActingUser user, Func<EditorialSession, Task<EditorialResult>> operation, CancellationToken cancellationToken)
    {
        var attempts = Math.Max(1, options.Value.WriteAttempts);
        for (var attempt = 1; ; attempt++)
        {
            await using var session = await EditorialSession.BeginAsync(contexts, user, clock.UtcNow, cultures.Default.Code, cancellationToken);
            try
            {
                var result = await operation(session);
                if (result.Status is OperationStatus.Success or OperationStatus.Conflict)
                {
                    await session.CommitAsync(cancellationToken);
                    if (session.WroteJournal)
                    {
                        journal.Nudge();
                    }
                }

                return result;
            }
            catch (DbUpdateException exception) when (attempt < attempts && IsLostRace(exception))
            {
                logger.LogInformation("An editorial write by {User} lost a race (attempt {Attempt}); running it again", user.Name, attempt);

                // A moment apart, so two writers that collided do not meet again at once.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 25) * attempt), cancellationToken);
            }
        }
    }

    /// <summary>An operation on one item: <see cref="EditorialResult.NotFound"/> when there is no such item.</summary>
    internal Task<EditorialResult> RunOnDocumentAsync(ActingUser user, EditorialRight permission, Guid id, Func<EditorialSession, Document, Task<EditorialResult>> operation, CancellationToken cancellationToken) =>
        RunAsync(user, permission, async session => await DocumentStore.FindAsync(session, id, cancellationToken) is { } document
            ? await operation(session, document)
            : EditorialResult.NotFound(id), cancellationToken);

    private static bool IsLostRace(DbUpdateException exception) => exception switch
    {
        DbUpdateConcurrencyException => true,
        { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected } } => true,
        { InnerException: Microsoft.Data.Sqlite.SqliteException { SqliteExtendedErrorCode: SqliteUniqueViolation or SqlitePrimaryKeyViolation } } => true,
        _ => false,
    };
}
