using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Slugs;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>The reads and small writes the editorial operations share, inside their session.</summary>
internal static class DocumentStore
{
    /// <summary>
    /// The item an operation works on. On PostgreSQL its row is locked for the operation's transaction
    /// first, so two writers of one item (an editor's unpublish, a schedule's publish) take turns
    /// instead of each locking part of its rows and waiting on the other's. SQLite has one writer at a time.
    /// </summary>
    public static async Task<Document?> FindAsync(EditorialSession session, Guid id, CancellationToken cancellationToken)
    {
        if (session.Db.Database.IsNpgsql())
        {
            await session.Db.Database.ExecuteSqlAsync($"SELECT 1 FROM \"Documents\" WHERE \"Id\" = {id} FOR UPDATE", cancellationToken);
        }

        return await session.Db.Documents.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
    }

    public static Task<List<DocumentCulture>> CulturesAsync(EditorialSession session, Guid id, CancellationToken cancellationToken) =>
        session.Db.DocumentCultures.Where(c => c.DocumentId == id).ToListAsync(cancellationToken);

    /// <summary>Sets a culture's working title and keeps its words, which the lists search, in step with it.</summary>
    public static async Task RetitleAsync(EditorialSession session, DocumentCulture row, string title, CancellationToken cancellationToken)
    {
        row.Title = title;
        var wanted = TitleWords.Of(title);
        var held = session.Db.Entry(row).State == EntityState.Added
            ? []
            : await session.Db.DocumentTitleWords.Where(w => w.DocumentId == row.DocumentId && w.Culture == row.Culture).ToListAsync(cancellationToken);
        session.Db.DocumentTitleWords.RemoveRange(held.Where(w => !wanted.Contains(w.Word, StringComparer.Ordinal)));
        session.Db.DocumentTitleWords.AddRange(wanted.Where(w => !held.Any(h => h.Word == w)).Select(w => new DocumentTitleWord(row.DocumentId, row.Culture, w)));
    }

    public static async Task<ContentValues?> ValuesAsync(SiteDbContext db, Guid id, int number, CancellationToken cancellationToken)
    {
        var json = await db.DocumentVersions.Where(v => v.DocumentId == id && v.Number == number).Select(v => v.ValuesJson).FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : ContentValuesJson.Deserialize(json);
    }

    /// <summary>A version's values, also when it was added in this session and is not saved yet.</summary>
    public static async Task<ContentValues?> ValuesInSessionAsync(EditorialSession session, Guid id, int number, CancellationToken cancellationToken) =>
        session.Db.DocumentVersions.Local.FirstOrDefault(v => v.DocumentId == id && v.Number == number) is { } added
            ? ContentValuesJson.Deserialize(added.ValuesJson)
            : await ValuesAsync(session.Db, id, number, cancellationToken);

    public static DocumentVersion AddVersion(EditorialSession session, Document document, ContentValues values, VersionKind kind, int? basedOn, IReadOnlyList<string> culturesChanged, bool invariantChanged, string? comment)
    {
        var number = document.NextVersion(becomesHead: kind != VersionKind.Conflicted, invariantChanged && kind != VersionKind.Conflicted);
        var version = new DocumentVersion(document.Id, number, kind, basedOn, session.User, session.NowUtc, culturesChanged, invariantChanged, comment, ContentValuesJson.Serialize(values));
        session.Db.DocumentVersions.Add(version);
        if (kind != VersionKind.Conflicted)
        {
            document.ShowImage(values.ImageId);
        }

        document.Touch(session.User, session.NowUtc);
        return version;
    }

    /// <summary>The row translations are made from (the default culture's), if the item has that text.</summary>
    public static DocumentCulture? SourceOf(EditorialSession session, IEnumerable<DocumentCulture> rows) =>
        rows.FirstOrDefault(r => string.Equals(r.Culture, session.DefaultCulture, StringComparison.OrdinalIgnoreCase));

    /// <summary>The translations whose text was just written follow the default culture as it stands after this write.</summary>
    public static void FollowSource(EditorialSession session, IReadOnlyList<DocumentCulture> rows, IReadOnlyCollection<string> written)
    {
        var source = SourceOf(session, rows);
        foreach (var row in rows.Where(r => written.Contains(r.Culture, StringComparer.OrdinalIgnoreCase)))
        {
            row.TranslatedFrom(source);
        }
    }

    /// <summary>
    /// Recomputes every culture's state, whether it waits for a reviewer, and whether each translation is
    /// behind its source, once this session's writes are in (schedules and review requests included).
    /// A translation is behind only while its source's current text differs from the text it follows.
    /// </summary>
    public static async Task RefreshStatesAsync(EditorialSession session, Document document, IEnumerable<DocumentCulture> cultures, CancellationToken cancellationToken)
    {
        // Loaded into the session, not projected: the tracked sets then also hold a schedule or request
        // added or changed earlier in this operation (and leave out a deleted one) without a flush first,
        // one round trip fewer for every save.
        var schedules = session.Db.ContentSchedules;
        await schedules.Where(s => s.DocumentId == document.Id && s.Action == ScheduleAction.Publish).LoadAsync(cancellationToken);
        var scheduled = schedules.Local
            .Where(s => s.DocumentId == document.Id && s.Action == ScheduleAction.Publish && s.Status == ScheduleStatus.Pending)
            .Select(s => s.Culture)
            .ToList();
        var requests = session.Db.ReviewRequests;
        await requests.Where(r => r.DocumentId == document.Id && r.Status == ReviewStatus.Pending).LoadAsync(cancellationToken);
        var inReview = requests.Local
            .Where(r => r.DocumentId == document.Id && r.Kind == ReviewKind.Submission && r.Status == ReviewStatus.Pending)
            .SelectMany(r => r.CultureList)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var rows = cultures.ToList();
        var source = SourceOf(session, rows);
        var followed = await FollowedTextsAsync(session, document.Id, source, rows, cancellationToken);
        foreach (var culture in rows)
        {
            culture.RefreshTranslation(source, sourceTextAsFollowed: culture.SourceVersion is { } from && followed.Contains(from));
            culture.RefreshState(document.InvariantChangedVersion, document.PublishedInvariantVersion, scheduled.Contains(culture.Culture, StringComparer.OrdinalIgnoreCase), inReview.Contains(culture.Culture));
        }
    }

    /// <summary>
    /// The source versions translations follow whose source text is the same as the source's text now
    /// (a change undone, a rollback): those translations are up to date after all. Read only for
    /// translations whose source moved on since, so most saves read nothing.
    /// </summary>
    private static async Task<HashSet<int>> FollowedTextsAsync(EditorialSession session, Guid id, DocumentCulture? source, List<DocumentCulture> rows, CancellationToken cancellationToken)
    {
        var same = new HashSet<int>();
        var behind = rows.Where(r => r.SourceMovedOn(source)).Select(r => r.SourceVersion!.Value).Distinct().ToList();
        if (behind.Count == 0 || source is null || await ValuesInSessionAsync(session, id, source.ChangedVersion, cancellationToken) is not { } current)
        {
            return same;
        }

        var now = current.Culture(source.Culture);
        foreach (var version in behind)
        {
            // A version cleaned up since cannot be compared: the translation stays marked.
            if (await ValuesInSessionAsync(session, id, version, cancellationToken) is { } then && then.Culture(source.Culture) == now)
            {
                same.Add(version);
            }
        }

        return same;
    }

    /// <summary>
    /// A slug for <paramref name="culture"/>: the wanted one, refused when another item or a redirect
    /// holds it; or one made from the title, made unique against items and redirects alike.
    /// </summary>
    public static async Task<(string? Slug, FieldError? Error)> ClaimSlugAsync(EditorialSession session, Document document, string culture, string? wanted, string title, CancellationToken cancellationToken)
    {
        var db = session.Db;
        var field = FieldNames.ForCulture(culture, FieldNames.Slug);
        if (!string.IsNullOrWhiteSpace(wanted))
        {
            var slug = wanted.Trim();
            if (ContentValidator.ValidateSlug(culture, slug) is { } invalid)
            {
                return (null, invalid);
            }

            if (await db.DocumentCultures.Where(c => c.Culture == culture && c.DocumentType == document.Type && c.Slug == slug && c.DocumentId != document.Id)
                    .Select(c => c.Title).FirstOrDefaultAsync(cancellationToken) is { } owner)
            {
                return (null, new FieldError(field, $"'{slug}' is already the address of «{owner}»."));
            }

            var redirect = await db.Redirects.FirstOrDefaultAsync(r => r.Culture == culture && r.DocumentType == document.Type && r.Slug == slug, cancellationToken);
            if (redirect is not null && redirect.TargetDocumentId != document.Id)
            {
                return (null, new FieldError(field, $"'{slug}' still answers as an old address ({redirect.Kind}); remove that redirect first."));
            }

            if (redirect is not null)
            {
                // The item takes its own old address back: it is live again, not a redirect.
                db.Redirects.Remove(redirect);
                session.AddressesChanged([new ItemAddress(culture, document.Type, slug)]);
                session.Audit(AuditAction.RedirectRemoved, document.Id, [culture], null, $"/{slug} is the item's address again");
            }

            return (slug, null);
        }

        var generated = SlugGenerator.Generate(title);
        if (generated.Length == 0)
        {
            generated = document.Type.ToString().ToLowerInvariant();
        }

        if (generated.Length > ContentValidator.MaxSlugLength - 4)
        {
            generated = generated[..(ContentValidator.MaxSlugLength - 4)].TrimEnd('-');
        }

        var taken = await db.DocumentCultures
            .Where(c => c.Culture == culture && c.DocumentType == document.Type && c.DocumentId != document.Id && c.Slug.StartsWith(generated))
            .Select(c => c.Slug)
            .Union(db.Redirects.Where(r => r.Culture == culture && r.DocumentType == document.Type && r.Slug.StartsWith(generated)).Select(r => r.Slug))
            .ToListAsync(cancellationToken);
        return (SlugGenerator.MakeUnique(generated, taken.Contains), null);
    }

    public static Task<bool> SlugHeldAsync(SiteDbContext db, string culture, DocumentType type, string slug, CancellationToken cancellationToken) =>
        db.DocumentCultures.AnyAsync(c => c.Culture == culture && c.DocumentType == type && c.Slug == slug, cancellationToken);
}
