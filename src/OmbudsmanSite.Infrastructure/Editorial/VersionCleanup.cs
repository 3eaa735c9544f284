using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>
/// Umbraco's version cleanup policy: every version for <see cref="EditorialOptions.KeepAllVersionsFor"/>,
/// then the latest of each day until <see cref="EditorialOptions.KeepDailyVersionsFor"/>, then none.
/// Never the working copy, a version live in some culture, one a schedule will publish, or one
/// marked "keep". The audit trail is left alone.
/// </summary>
public sealed class VersionCleanup(EditorialWriter writer, SiteClock clock, IOptions<EditorialOptions> options)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var deleted = 0;
        await writer.RunAsync(SystemUsers.Cleanup, EditorialRight.Purge, async session =>
        {
            var now = session.NowUtc;
            var keepAllAfter = now - options.Value.KeepAllVersionsFor;
            var keepNoneBefore = now - options.Value.KeepDailyVersionsFor;
            var db = session.Db;
            var candidates = await db.DocumentVersions.AsNoTracking()
                .Where(v => v.CreatedUtc < keepAllAfter && !v.Keep)
                .Select(v => new { v.Id, v.DocumentId, v.Number, v.CreatedUtc })
                .ToListAsync(cancellationToken);
            if (candidates.Count == 0)
            {
                return EditorialResult.Unchanged(null);
            }

            var protectedVersions = (await db.Documents.Select(d => new { d.Id, d.HeadVersion, d.PublishedInvariantVersion }).ToListAsync(cancellationToken))
                .SelectMany(d => new[] { (d.Id, d.HeadVersion), (d.Id, d.PublishedInvariantVersion ?? d.HeadVersion) })
                .Concat((await db.DocumentCultures.Where(c => c.PublishedVersion != null).Select(c => new { c.DocumentId, c.PublishedVersion }).ToListAsync(cancellationToken))
                    .Select(c => (c.DocumentId, c.PublishedVersion!.Value)))
                .Concat((await db.ContentSchedules.Where(s => s.Status == ScheduleStatus.Pending && s.VersionNumber != null).Select(s => new { s.DocumentId, s.VersionNumber }).ToListAsync(cancellationToken))
                    .Select(s => (s.DocumentId, s.VersionNumber!.Value)))
                .ToHashSet();

            // The latest version of each local day, per item, survives the daily window.
            var dailyKeepers = candidates.Where(v => v.CreatedUtc >= keepNoneBefore)
                .GroupBy(v => (v.DocumentId, Day: DateOnly.FromDateTime(clock.ToLocal(v.CreatedUtc).DateTime)))
                .Select(g => g.MaxBy(v => v.Number)!.Id)
                .ToHashSet();
            var doomed = candidates.Where(v => !dailyKeepers.Contains(v.Id) && !protectedVersions.Contains((v.DocumentId, v.Number))).Select(v => v.Id).ToList();
            if (doomed.Count == 0)
            {
                return EditorialResult.Unchanged(null);
            }

            foreach (var chunk in doomed.Chunk(500))
            {
                deleted += await db.DocumentVersions.Where(v => chunk.Contains(v.Id)).ExecuteDeleteAsync(cancellationToken);
            }

            session.Audit(AuditAction.VersionsCleaned, null, [], null, $"{deleted} versions older than {options.Value.KeepAllVersionsFor.TotalDays:0} days removed");
            return EditorialResult.Success(null);
        }, cancellationToken);
        return deleted;
    }
}
