using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Editorial;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>
/// A significant publish's change notes (GOV.UK): a note per language going live that was live
/// before, kept for the page's history, and the moment readers see as "Updated on". A publish
/// without notes is minor and tells readers nothing.
/// </summary>
internal static class ChangeNotes
{
    /// <summary>The notes worth keeping (blank ones mean a minor change in that language), or the errors that refuse them.</summary>
    public static (Dictionary<string, string> Notes, List<FieldError> Errors) Read(IReadOnlyDictionary<string, string?>? notes, IReadOnlyCollection<string> publishing, IEnumerable<DocumentCulture> rows)
    {
        var kept = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var errors = new List<FieldError>();
        foreach (var (culture, written) in notes ?? new Dictionary<string, string?>())
        {
            var note = written?.Trim();
            if (string.IsNullOrEmpty(note))
            {
                continue;
            }

            var field = FieldNames.ForCulture(culture, FieldNames.ChangeNote);
            if (!publishing.Contains(culture, StringComparer.OrdinalIgnoreCase))
            {
                errors.Add(new FieldError(field, $"A change note goes with a publish: {culture} is not being published."));
            }
            else if (!rows.Any(r => string.Equals(r.Culture, culture, StringComparison.OrdinalIgnoreCase) && r.PublishedVersion is not null))
            {
                errors.Add(new FieldError(field, $"The {culture} text goes live for the first time: there is no change to tell yet.") { Key = EditorialMessages.ChangeNoteFirstPublish });
            }
            else if (note.Length > ChangeNote.MaxLength)
            {
                errors.Add(new FieldError(field, $"Keep the change note under {ChangeNote.MaxLength} characters.")
                {
                    Key = EditorialMessages.ChangeNoteTooLong,
                    Values = [ChangeNote.MaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture)],
                });
            }
            else
            {
                kept[culture.ToLowerInvariant()] = note;
            }
        }

        return (kept, errors);
    }

    /// <summary>Keeps the notes and moves each language's "Updated on" to now, in the publish's session.</summary>
    public static async Task WriteAsync(EditorialSession session, Guid documentId, Dictionary<string, string> notes, CancellationToken cancellationToken)
    {
        foreach (var (culture, note) in notes.OrderBy(n => n.Key, StringComparer.Ordinal))
        {
            session.Db.ChangeNotes.Add(new ChangeNote(documentId, culture, note, session.User, session.NowUtc));
            var variant = await session.Db.ContentVariants.FirstOrDefaultAsync(v => v.ContentItemId == documentId && v.Culture == culture, cancellationToken);
            variant?.MarkSignificantChange(session.NowUtc);
        }

        session.Journal(documentId, notes.Keys, ContentChangeKind.Published); // the pages, feeds and API show the new date
        session.Audit(AuditAction.ChangeNoted, documentId, notes.Keys.Order(StringComparer.Ordinal), null, string.Join(" | ", notes.OrderBy(n => n.Key, StringComparer.Ordinal).Select(n => $"{n.Key}: {n.Value}")));
    }
}
