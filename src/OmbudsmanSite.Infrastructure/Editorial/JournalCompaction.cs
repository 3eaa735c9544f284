using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>
/// Keeps the change journal from growing for ever without breaking what reads it. A row older than
/// <see cref="EditorialOptions.JournalRetention"/> is deleted when a later public row names the same
/// item and languages (whoever reads past it reads that one: a node catching up, a sync client at any
/// cursor, so a client syncing from 0 still ends with exactly what the site publishes), and so is every
/// old draft or site-wide row (nodes apply those at once, and rebuild their caches at start). The
/// newest row always stays, so sequence numbers never go back.
/// </summary>
public sealed class JournalCompaction(IDbContextFactory<SiteDbContext> contexts, SiteClock clock, IOptions<EditorialOptions> options)
{
    private const string AllCultures = "*";
    private const int DeleteBatch = 500;

    /// <summary>Deletes what the retention allows; returns the number of rows deleted.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        if (options.Value.JournalRetention is not { } retention)
        {
            return 0;
        }

        var cutoff = clock.UtcNow - retention;
        var doomed = new List<long>();
        var coveredLater = new HashSet<(Guid Item, string Culture)>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var newest = await db.NewestJournalSequenceAsync(cancellationToken);
        var rows = db.ContentChanges.AsNoTracking().OrderByDescending(c => c.Sequence)
            .Select(c => new { c.Sequence, c.DocumentId, c.Cultures, c.Kind, c.Utc }).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            var cultures = row.Cultures.Length == 0 ? [AllCultures] : row.Cultures.Split(',');
            var isPublic = row.Kind == ContentChangeKind.Published && row.DocumentId is not null;
            var old = row.Utc < cutoff && row.Sequence != newest;
            if (old && (!isPublic || cultures.All(c => coveredLater.Contains((row.DocumentId!.Value, c)) || coveredLater.Contains((row.DocumentId!.Value, AllCultures)))))
            {
                doomed.Add(row.Sequence);
                continue;
            }

            if (isPublic)
            {
                coveredLater.UnionWith(cultures.Select(c => (row.DocumentId!.Value, c)));
            }
        }

        foreach (var batch in doomed.Chunk(DeleteBatch))
        {
            await db.ContentChanges.Where(c => batch.Contains(c.Sequence)).ExecuteDeleteAsync(cancellationToken);
        }

        return doomed.Count;
    }
}
