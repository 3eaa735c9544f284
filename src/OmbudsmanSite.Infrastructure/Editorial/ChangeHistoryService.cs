using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>
/// An item's change notes as a whole, for imports: a uSync file carries each live language's history
/// of significant changes (dates and notes), and importing it makes the item's history exactly that,
/// with "Updated on" at the latest note. Editors add notes one publish at a time instead
/// (<see cref="ContentPublishingService.PublishAsync"/>).
/// </summary>
public sealed class ChangeHistoryService(EditorialWriter writer)
{
    public Task<EditorialResult> ReplaceAsync(Guid id, IReadOnlyDictionary<string, IReadOnlyList<ChangeNoteEntry>> history, ActingUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(history);
        return writer.RunOnDocumentAsync(user, EditorialRight.Publish, id, async (session, document) =>
        {
            var live = (await DocumentStore.CulturesAsync(session, id, cancellationToken)).Where(r => r.PublishedVersion is not null).Select(r => r.Culture).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var wanted = new List<(string Culture, DateTime Utc, string Note)>();
            var errors = new List<FieldError>();
            foreach (var (culture, entries) in history.Where(h => h.Value.Count > 0))
            {
                var field = FieldNames.ForCulture(culture, FieldNames.ChangeNote);
                if (!live.Contains(culture))
                {
                    errors.Add(new FieldError(field, $"Change notes tell readers of the {culture} page what changed, but {culture} is not published."));
                    continue;
                }

                foreach (var entry in entries)
                {
                    var note = entry.Note.Trim();
                    if (note.Length is 0 or > ChangeNote.MaxLength)
                    {
                        errors.Add(new FieldError(field, $"A change note needs words, and at most {ChangeNote.MaxLength} characters."));
                    }

                    wanted.Add((culture.ToLowerInvariant(), DateTime.SpecifyKind(entry.Utc, DateTimeKind.Utc), note));
                }
            }

            if (errors.Count > 0)
            {
                return EditorialResult.Invalid(id, errors);
            }

            var kept = await session.Db.ChangeNotes.Where(n => n.DocumentId == id).ToListAsync(cancellationToken);
            if (kept.Select(n => (n.Culture, n.Utc, n.Note)).Order().SequenceEqual(wanted.Order()))
            {
                return EditorialResult.Unchanged(id, document.HeadVersion);
            }

            session.Db.ChangeNotes.RemoveRange(kept);
            session.Db.ChangeNotes.AddRange(wanted.Select(w => new ChangeNote(id, w.Culture, w.Note, session.User, w.Utc)));
            foreach (var variant in await session.Db.ContentVariants.Where(v => v.ContentItemId == id).ToListAsync(cancellationToken))
            {
                variant.MarkSignificantChange(wanted.Where(w => w.Culture == variant.Culture).Select(w => (DateTime?)w.Utc).Max());
            }

            var cultures = live.Order(StringComparer.Ordinal).ToList();
            session.Audit(AuditAction.ChangeNoted, id, cultures, null, $"history: {string.Join(" | ", wanted.Order().Select(w => $"{w.Culture} {w.Utc:yyyy-MM-dd}: {w.Note}"))}");
            session.Journal(id, cultures, ContentChangeKind.Published);
            return EditorialResult.Success(id, document.HeadVersion);
        }, cancellationToken);
    }
}
