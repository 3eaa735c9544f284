using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>
/// Each user's autosaves, one per item: written by the editor every half minute while there are
/// unsaved changes, offered back when she opens the item again, dropped when she saves or discards.
/// They are not content (no version, no audit line, nobody else sees them), so they sit beside the
/// editorial write path rather than in it; a user only ever reads and writes her own. Their bodies
/// pass the same sanitiser as a save, on the way in and again on the way out (rows kept before it
/// ran), so no view ever shows script a circuit typed.
/// </summary>
public sealed class AutosaveStore(IDbContextFactory<SiteDbContext> contexts, SiteClock clock, HtmlBodySanitizer sanitizer)
{
    public async Task SaveAsync(ActingUser user, Guid documentId, int baseVersion, ContentValues values, IReadOnlyDictionary<string, string> slugs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(values);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.EditorAutosaves.FirstOrDefaultAsync(a => a.DocumentId == documentId && a.UserId == user.Id, cancellationToken);
        if (row is null)
        {
            row = new EditorAutosave { DocumentId = documentId, UserId = user.Id };
            db.EditorAutosaves.Add(row);
        }

        row.BaseVersion = baseVersion;
        row.SavedUtc = clock.UtcNow;
        row.ValuesJson = ContentValuesJson.Serialize(Sanitized(values));
        row.SlugsJson = JsonSerializer.Serialize(slugs);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (row.Id == 0)
        {
            // The same user's other tab inserted first: the next tick updates that row instead.
        }
    }

    public async Task<Autosave?> FindAsync(ActingUser user, Guid documentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.EditorAutosaves.AsNoTracking().FirstOrDefaultAsync(a => a.DocumentId == documentId && a.UserId == user.Id, cancellationToken);
        return row is null ? null : new Autosave(
            row.BaseVersion,
            row.SavedUtc,
            Sanitized(ContentValuesJson.Deserialize(row.ValuesJson)),
            JsonSerializer.Deserialize<Dictionary<string, string>>(row.SlugsJson) ?? []);
    }

    private ContentValues Sanitized(ContentValues values) => values with
    {
        Cultures = values.Cultures.ToDictionary(c => c.Key, c => c.Value with { BodyHtml = sanitizer.Sanitize(c.Value.BodyHtml ?? "", out _) }, StringComparer.OrdinalIgnoreCase),
    };

    public async Task DiscardAsync(ActingUser user, Guid documentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.EditorAutosaves.Where(a => a.DocumentId == documentId && a.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
    }
}
