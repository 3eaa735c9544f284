using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Editorial;
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
    ContentJournal journal,
    IOptions<EditorialOptions> options,
    ILogger<EditorialWriter> logger)
{
    private const int SqliteUniqueViolation = 2067;
    private const int SqlitePrimaryKeyViolation = 1555;

    internal async Task<EditorialResult> RunAsync(ActingUser user, Func<EditorialSession, Task<EditorialResult>> operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var attempts = Math.Max(1, options.Value.WriteAttempts);
        for (var attempt = 1; ; attempt++)
        {
            await using var session = await EditorialSession.BeginAsync(contexts, user, clock.UtcNow, cancellationToken);
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
            }
        }
    }

    /// <summary>An operation on one item: <see cref="EditorialResult.NotFound"/> when there is no such item.</summary>
    internal Task<EditorialResult> RunOnDocumentAsync(ActingUser user, Guid id, Func<EditorialSession, Document, Task<EditorialResult>> operation, CancellationToken cancellationToken) =>
        RunAsync(user, async session => await DocumentStore.FindAsync(session, id, cancellationToken) is { } document
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
