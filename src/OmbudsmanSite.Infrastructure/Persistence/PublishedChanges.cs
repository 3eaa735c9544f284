using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;

namespace OmbudsmanSite.Infrastructure.Persistence;

/// <summary>
/// Reads the change journal after a cursor and answers, for each item it names, what the read side
/// holds now. Entries carry the current state, not the change's, so applying them in order is
/// idempotent: an item changed twice in one page appears once, at its latest position, and one
/// changed again after the page appears again on a later one. Journal rows become visible in
/// sequence order (they are appended under a lock), so no change slips behind a cursor.
/// </summary>
public sealed class PublishedChanges(IDbContextFactory<SiteDbContext> contextFactory) : IPublishedChanges
{
    private const int BatchSize = 1000;

    // A page reads at most this many journal rows, so one request stays short even across a long run of drafts.
    private const int MaxRowsPerPage = 20 * BatchSize;

    public async Task<PublishedChangePage?> ReadAsync(long since, string culture, int take, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(since);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(take);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var end = await db.NewestJournalSequenceAsync(cancellationToken);
        if (since > end)
        {
            return null;
        }

        // Items first published after the cursor's moment are "created" for this client.
        DateTime? sinceUtc = since == 0 ? null
            : await db.JournalEntries.Where(c => c.Sequence <= since).OrderByDescending(c => c.Sequence).Select(c => (DateTime?)c.Utc).FirstOrDefaultAsync(cancellationToken);

        var touched = new Dictionary<Guid, Touch>();
        var next = since;
        var read = 0;
        while (touched.Count < take && read < MaxRowsPerPage)
        {
            var after = next;
            var rows = await db.JournalEntries.Where(c => c.Sequence > after).OrderBy(c => c.Sequence).Take(BatchSize)
                .Select(c => new { c.Sequence, c.DocumentId, c.Kind, c.Cultures }).ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                if (row.Kind == ContentChangeKind.Published && row.DocumentId is { } id)
                {
                    if (!touched.ContainsKey(id) && touched.Count == take)
                    {
                        break;
                    }

                    var mentioned = row.Cultures.Length == 0 || row.Cultures.Split(',').Contains(culture, StringComparer.Ordinal);
                    touched[id] = new Touch(row.Sequence, mentioned || (touched.TryGetValue(id, out var before) && before.MentionsCulture));
                }

                next = row.Sequence;
                read++;
            }

            if (rows.Count < BatchSize)
            {
                break;
            }
        }

        var ids = touched.Keys.ToList();
        var live = PublishedItemMapper.ToRecords(await db.PublishedItems.Where(c => ids.Contains(c.Id))
                .Include(c => c.Variants).Include(c => c.Taxonomy).Include(c => c.Participants)
                .AsSplitQuery().ToListAsync(cancellationToken))
            .Where(i => i.GetVariant(culture) is not null)
            .ToDictionary(i => i.Id);
        var deleted = (await db.PublishedRetiredAddresses
                .Where(a => (a.Kind == RetiredAddressKind.Gone || a.Kind == RetiredAddressKind.DeletedItem) && a.TargetItemId != null && ids.Contains(a.TargetItemId.Value))
                .Select(a => a.TargetItemId!.Value).Distinct().ToListAsync(cancellationToken))
            .ToHashSet();
        var exists = (await db.PublishedItems.Where(c => ids.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken)).ToHashSet();

        var changes = new List<PublishedChange>(touched.Count);
        foreach (var (id, touch) in touched.OrderBy(t => t.Value.Sequence))
        {
            if (live.TryGetValue(id, out var item))
            {
                var first = item.GetVariant(culture)!.FirstPublishedUtc ?? item.GetVariant(culture)!.PublishedUtc;
                var kind = sinceUtc is { } cursorUtc && first <= cursorUtc ? PublishedChangeKind.Updated : PublishedChangeKind.Created;
                changes.Add(new PublishedChange(touch.Sequence, id, kind, item));
            }
            else if (touch.MentionsCulture)
            {
                // Not live here: gone with its item, or taken down in this language only.
                var kind = deleted.Contains(id) && !exists.Contains(id) ? PublishedChangeKind.Deleted : PublishedChangeKind.Unpublished;
                changes.Add(new PublishedChange(touch.Sequence, id, kind, null));
            }
        }

        return new PublishedChangePage(changes, next, next < end);
    }

    private readonly record struct Touch(long Sequence, bool MentionsCulture);
}
