using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>
/// Moving an item into the recycle bin inside an editorial session: every live language leaves the
/// public site, pending schedules are cancelled, and its addresses are rewritten on commit (410 until
/// it is restored). The caller audits and journals, as its operation is a delete or a removal.
/// </summary>
internal static class RecycleBin
{
    /// <returns>The item's languages, and those of them that were live.</returns>
    public static async Task<(List<DocumentCulture> Rows, List<string> Live)> MoveInAsync(EditorialSession session, Document document, string cancelledBecause, CancellationToken cancellationToken)
    {
        var rows = await DocumentStore.CulturesAsync(session, document.Id, cancellationToken);
        var live = rows.Where(c => c.PublishedVersion is not null).Select(c => c.Culture).ToList();
        foreach (var culture in live)
        {
            await PublishedProjection.UnpublishAsync(session.Db, document.Id, culture, session.NowUtc, cancellationToken);
        }

        var by = session.User.Name;
        await session.Db.ContentSchedules.Where(s => s.DocumentId == document.Id && s.Status == ScheduleStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, ScheduleStatus.Cancelled).SetProperty(x => x.FailureReason, cancelledBecause)
                .SetProperty(x => x.CompletedUtc, session.NowUtc).SetProperty(x => x.CancelledByName, by), cancellationToken);
        document.MarkDeleted(session.User, session.NowUtc);
        session.AddressesChanged(rows.Select(r => new ItemAddress(r.Culture, r.DocumentType, r.Slug)));
        await DocumentStore.RefreshStatesAsync(session, document, rows, cancellationToken);
        return (rows, live);
    }
}
