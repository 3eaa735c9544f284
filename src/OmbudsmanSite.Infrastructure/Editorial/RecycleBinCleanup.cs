using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>
/// Purges what has been in the recycle bin longer than <see cref="EditorialOptions.RecycleBinRetention"/>,
/// through <see cref="ContentEditingService.PurgeAsync"/> as the Cleanup user: each purge is audited,
/// and the audit trail keeps the item's record.
/// </summary>
public sealed class RecycleBinCleanup(IDbContextFactory<SiteDbContext> contexts, ContentEditingService editing, SiteClock clock, IOptions<EditorialOptions> options)
{
    private const int Batch = 100;

    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var before = clock.UtcNow - options.Value.RecycleBinRetention;
        var purged = 0;
        while (true)
        {
            List<Guid> due;
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                due = await db.Documents.AsNoTracking().Where(d => d.DeletedUtc != null && d.DeletedUtc < before)
                    .OrderBy(d => d.DeletedUtc).Select(d => d.Id).Take(Batch).ToListAsync(cancellationToken);
            }

            var done = 0;
            foreach (var id in due)
            {
                if ((await editing.PurgeAsync(id, SystemUsers.Cleanup, cancellationToken)).Succeeded)
                {
                    done++;
                }
            }

            purged += done;
            if (due.Count < Batch || done == 0)
            {
                return purged;
            }
        }
    }
}
