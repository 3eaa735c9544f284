using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>
/// The numbers the workspace's sidebar shows beside its sections, counted on every page load: each
/// is one indexed count, so it stays cheap at any size.
/// </summary>
public sealed class WorkspaceCounts(IDbContextFactory<SiteDbContext> contexts)
{
    /// <summary>Submissions waiting for a decision this user may take (none for a user who may not publish: the queue is not theirs to clear).</summary>
    public async Task<int> AwaitingReviewAsync(ActingUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.Rights.Allows(EditorialRight.Publish))
        {
            return 0;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ReviewRequests.AsNoTracking()
            .Where(r => r.Status == ReviewStatus.Pending && r.Kind == ReviewKind.Submission && r.SubmittedById != user.Id)
            .Join(db.Documents.Where(d => d.DeletedUtc == null), r => r.DocumentId, d => d.Id, (r, d) => r.Id)
            .CountAsync(cancellationToken);
    }
}
