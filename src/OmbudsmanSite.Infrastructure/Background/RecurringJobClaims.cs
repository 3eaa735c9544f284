using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Background;

/// <summary>
/// Makes a recurring job run on one node per interval, whichever wakes first: the claim is one
/// conditional UPDATE of the job's row ("last ran before the interval began"), which the database lets
/// only one node win, on SQLite and PostgreSQL alike. A node that dies mid-job loses nothing: the job
/// is due again one interval later.
/// </summary>
public sealed class RecurringJobClaims(IDbContextFactory<SiteDbContext> contexts, SiteClock clock, IOptions<EditorialOptions> options)
{
    /// <summary>
    /// Claims <paramref name="job"/> for this node if no node ran it within <paramref name="interval"/>
    /// (less a tenth, so nodes whose timers drift still take turns instead of skipping a round).
    /// </summary>
    public async Task<bool> TryClaimAsync(string job, TimeSpan interval, CancellationToken cancellationToken = default)
    {
        var now = clock.UtcNow;
        var dueBefore = now - (interval - (interval / 10));
        var node = options.Value.Node;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.RecurringJobRuns.AnyAsync(r => r.Name == job, cancellationToken))
        {
            db.RecurringJobRuns.Add(new RecurringJobRun { Name = job });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another node added it first: the claim below decides.
            }

            db.ChangeTracker.Clear();
        }

        return await db.RecurringJobRuns
            .Where(r => r.Name == job && (r.LastRunUtc == null || r.LastRunUtc <= dueBefore))
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.LastRunUtc, now).SetProperty(r => r.LastRunBy, node), cancellationToken) == 1;
    }
}
