using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>What editors read: lists with per-culture states (never a body), versions, diffs, the audit trail, schedules.</summary>
public sealed class ContentQueries(IDbContextFactory<SiteDbContext> contexts)
{
    /// <summary>Items of <paramref name="type"/> not in the recycle bin, most recently updated first, with each culture's state.</summary>
    /// <summary>The newest items of a type, with their per-culture states.</summary>
    public Task<EditorPage<ItemStateSummary>> ListAsync(DocumentType type, int page, int pageSize, CancellationToken cancellationToken = default) =>
        ListAsync(new EditorListQuery(type) { Page = page, PageSize = pageSize }, cancellationToken);

    /// <summary>
    /// An editor's list: filtered, sorted and paged in the database, bodies never loaded. The default
    /// (no filter, newest first) walks the partial (type, updated, id) index backwards.
    /// </summary>
    public async Task<EditorPage<ItemStateSummary>> ListAsync(EditorListQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageSize, 1);
        var pageSize = Math.Min(query.PageSize, EditorListQuery.MaxPageSize);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var documents = db.Documents.AsNoTracking().Where(d => d.Type == query.Type && d.DeletedUtc == null);
        var cultures = db.DocumentCultures.AsNoTracking();
        if (query.State is { } state && query.StateCulture is { Length: > 0 } stateCulture)
        {
            documents = state switch
            {
                CultureState.NotCreated => documents.Where(d => !cultures.Any(c => c.DocumentId == d.Id && c.Culture == stateCulture)),
                CultureState.InReview => documents.Where(d => cultures.Any(c => c.DocumentId == d.Id && c.Culture == stateCulture && c.InReview
                    && (c.State == CultureState.Draft || c.State == CultureState.PublishedWithPendingChanges))),
                _ => documents.Where(d => cultures.Any(c => c.DocumentId == d.Id && c.Culture == stateCulture && c.State == state)),
            };
        }

        if (query.Language is { Length: > 0 } language)
        {
            documents = documents.Where(d => cultures.Any(c => c.DocumentId == d.Id && c.Culture == language));
        }

        if (query.UpdatedById is { Length: > 0 } author)
        {
            documents = documents.Where(d => d.UpdatedById == author);
        }

        if (query.UpdatedFromUtc is { } from)
        {
            documents = documents.Where(d => d.UpdatedUtc >= from);
        }

        if (query.UpdatedToUtc is { } to)
        {
            documents = documents.Where(d => d.UpdatedUtc < to);
        }

        documents = TitleWordFilter.Apply(db, documents, query.Text);

        var titleCulture = query.TitleCulture;
        var ordered = query.Sort switch
        {
            EditorListSort.UpdatedOldestFirst => documents.OrderBy(d => d.UpdatedUtc).ThenBy(d => d.Id),
            EditorListSort.Title => documents
                .OrderBy(d => cultures.Where(c => c.DocumentId == d.Id && c.Culture == titleCulture).Select(c => c.Title).FirstOrDefault() == null)
                .ThenBy(d => cultures.Where(c => c.DocumentId == d.Id && c.Culture == titleCulture).Select(c => c.Title).FirstOrDefault())
                .ThenBy(d => d.Id),
            _ => documents.OrderByDescending(d => d.UpdatedUtc).ThenByDescending(d => d.Id), // one direction: a backward walk of the index, no sort
        };
        var rows = await ordered
            .Skip((query.Page - 1) * pageSize).Take(pageSize + 1)
            .Select(d => new { d.Id, d.Type, d.UpdatedUtc, d.UpdatedByName, d.ImageId })
            .ToListAsync(cancellationToken);
        var states = await StatesOfAsync(db, [.. rows.Select(r => r.Id)], cancellationToken);
        return EditorPaging.FromOverfetch(
            [.. rows.Select(r => new ItemStateSummary(r.Id, r.Type, r.UpdatedUtc, r.UpdatedByName, states[r.Id]) { ImageId = r.ImageId })],
            query.Page, pageSize);
    }

    /// <summary>
    /// Whom the lists can be filtered by: every account, then the site's own processes. Read from the
    /// accounts, not gathered from the items (a distinct over 100,000 rows on every list page).
    /// </summary>
    public async Task<IReadOnlyList<EditorListAuthor>> AuthorsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var accounts = await db.Users.AsNoTracking().Select(u => new EditorListAuthor(u.Id, u.DisplayName)).ToListAsync(cancellationToken);
        return [.. accounts.OrderBy(a => a.Name, StringComparer.InvariantCultureIgnoreCase), .. SystemUsers.All.Select(u => new EditorListAuthor(u.Id, u.Name))];
    }

    /// <summary>The recycle bin, most recently deleted first, with each item's states as they were.</summary>
    public async Task<EditorPage<BinnedItem>> RecycleBinAsync(int page, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        pageSize = Math.Min(pageSize, EditorListQuery.MaxPageSize);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Documents.AsNoTracking().Where(d => d.DeletedUtc != null)
            .OrderByDescending(d => d.DeletedUtc).ThenByDescending(d => d.Id)
            .Skip((page - 1) * pageSize).Take(pageSize + 1)
            .Select(d => new { d.Id, d.Type, d.UpdatedUtc, d.UpdatedByName, DeletedUtc = d.DeletedUtc!.Value, d.DeletedByName })
            .ToListAsync(cancellationToken);
        var states = await StatesOfAsync(db, [.. rows.Select(r => r.Id)], cancellationToken);
        return EditorPaging.FromOverfetch(
            [.. rows.Select(r => new BinnedItem(new ItemStateSummary(r.Id, r.Type, r.UpdatedUtc, r.UpdatedByName, states[r.Id]), r.DeletedUtc, r.DeletedByName ?? ""))],
            page, pageSize);
    }

    /// <summary>The states of several items at once (those that exist), for pages that name them.</summary>
    public async Task<IReadOnlyDictionary<Guid, ItemStateSummary>> StatesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await StatesAsync(db, db.Documents.AsNoTracking().Where(d => ids.Contains(d.Id)), cancellationToken);
    }

    internal static async Task<Dictionary<Guid, ItemStateSummary>> StatesAsync(SiteDbContext db, IQueryable<Document> documents, CancellationToken cancellationToken)
    {
        var rows = await documents.Select(d => new { d.Id, d.Type, d.UpdatedUtc, d.UpdatedByName, d.ImageId }).ToListAsync(cancellationToken);
        var states = await StatesOfAsync(db, [.. rows.Select(d => d.Id)], cancellationToken);
        return rows.ToDictionary(d => d.Id, d => new ItemStateSummary(d.Id, d.Type, d.UpdatedUtc, d.UpdatedByName, states[d.Id]) { ImageId = d.ImageId });
    }

    /// <summary>The culture states of a page of items, in one query (titles, no bodies), each item's in culture order.</summary>
    private static async Task<Dictionary<Guid, List<CultureStateSummary>>> StatesOfAsync(SiteDbContext db, List<Guid> ids, CancellationToken cancellationToken)
    {
        var rows = await db.DocumentCultures.AsNoTracking().Where(c => ids.Contains(c.DocumentId))
            .Select(c => new { c.DocumentId, Summary = new CultureStateSummary(c.Culture, c.Title, c.Slug, c.State, c.PublishedVersion, c.IsOutOfDate, c.InReview, c.FirstPublishedUtc != null) })
            .ToListAsync(cancellationToken);
        var lookup = rows.ToLookup(c => c.DocumentId, c => c.Summary);
        return ids.ToDictionary(id => id, id => lookup[id].OrderBy(c => c.Culture, StringComparer.Ordinal).ToList());
    }

    public async Task<ItemStateSummary?> StatesAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null)
        {
            return null;
        }

        var cultures = await CultureStatesAsync(db, id, cancellationToken);
        return new ItemStateSummary(document.Id, document.Type, document.UpdatedUtc, document.UpdatedByName, cultures) { ImageId = document.ImageId };
    }

    /// <summary>Everything the editor opens with, read in one context (null when there is no such item).</summary>
    public async Task<EditorSnapshot?> EditorAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (document is null || await DocumentStore.ValuesAsync(db, id, document.HeadVersion, cancellationToken) is not { } values)
        {
            return null;
        }

        var cultures = await CultureStatesAsync(db, id, cancellationToken);
        return new EditorSnapshot(document, cultures, values);
    }

    private static Task<List<CultureStateSummary>> CultureStatesAsync(SiteDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.DocumentCultures.AsNoTracking().Where(c => c.DocumentId == id).OrderBy(c => c.Culture)
            .Select(c => new CultureStateSummary(c.Culture, c.Title, c.Slug, c.State, c.PublishedVersion, c.IsOutOfDate, c.InReview, c.FirstPublishedUtc != null)).ToListAsync(cancellationToken);

    /// <summary>The item as editors see it (null when there is no such item; deleted items are returned, with <see cref="Document.IsDeleted"/>).</summary>
    public async Task<Document?> DocumentAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
    }

    /// <summary>The values of a version (the working copy when <paramref name="number"/> is null).</summary>
    public async Task<ContentValues?> ValuesAsync(Guid id, int? number = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var version = number ?? await db.Documents.Where(d => d.Id == id).Select(d => (int?)d.HeadVersion).FirstOrDefaultAsync(cancellationToken);
        return version is { } n ? await DocumentStore.ValuesAsync(db, id, n, cancellationToken) : null;
    }

    /// <summary>Every version of an item, newest first, with where each is live or scheduled.</summary>
    public async Task<IReadOnlyList<VersionSummary>> VersionsAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var published = await db.DocumentCultures.AsNoTracking().Where(c => c.DocumentId == id && c.PublishedVersion != null)
            .Select(c => new { c.Culture, Version = c.PublishedVersion!.Value }).ToListAsync(cancellationToken);
        var scheduled = await db.ContentSchedules.AsNoTracking().Where(s => s.DocumentId == id && s.Status == ScheduleStatus.Pending && s.VersionNumber != null)
            .Select(s => s.VersionNumber!.Value).ToListAsync(cancellationToken);
        var versions = await db.DocumentVersions.AsNoTracking().Where(v => v.DocumentId == id).OrderByDescending(v => v.Number)
            .Select(v => new { v.Number, v.Kind, v.BasedOn, v.AuthorName, v.CreatedUtc, v.CulturesChanged, v.InvariantChanged, v.Comment, v.Keep })
            .ToListAsync(cancellationToken);
        return [.. versions.Select(v => new VersionSummary(
            v.Number, v.Kind, v.BasedOn, v.AuthorName, v.CreatedUtc, v.CulturesChanged, v.InvariantChanged, v.Comment, v.Keep,
            [.. published.Where(p => p.Version == v.Number).Select(p => p.Culture).Order(StringComparer.Ordinal)],
            scheduled.Contains(v.Number)))];
    }

    /// <summary>The differences from version <paramref name="from"/> to version <paramref name="to"/>, in the reader's words; null when either is missing.</summary>
    public async Task<VersionDiff?> DiffAsync(Guid id, int from, int to, IDiffDescriber? describer = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var a = await DocumentStore.ValuesAsync(db, id, from, cancellationToken);
        var b = await DocumentStore.ValuesAsync(db, id, to, cancellationToken);
        if (a is null || b is null)
        {
            return null;
        }

        return new VersionDiff(id, from, to, VersionDiffer.Compare(a, b, describer, await FileNamesAsync(db, [a, b], cancellationToken)));
    }

    /// <summary>The names of the media the versions name as files (reports' files), so a diff says which file, not which id.</summary>
    private static async Task<Dictionary<Guid, string>> FileNamesAsync(SiteDbContext db, IEnumerable<ContentValues?> versions, CancellationToken cancellationToken)
    {
        var ids = versions.OfType<ContentValues>().SelectMany(v => v.Report?.Files.Values.Values ?? []).Select(id => Guid.TryParse(id, out var g) ? g : Guid.Empty)
            .Where(g => g != Guid.Empty).Distinct().ToList();
        return ids.Count == 0 ? [] : await db.MediaItems.AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken);
    }

    /// <summary>The audit trail, newest first; each filter walks one index.</summary>
    public async Task<EditorPage<AuditEntry>> AuditAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var page = Math.Max(1, query.Page);
        var pageSize = Math.Clamp(query.PageSize, 1, 500);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await Filtered(db, query).Skip((page - 1) * pageSize).Take(pageSize + 1).ToListAsync(cancellationToken);
        return EditorPaging.FromOverfetch(rows, page, pageSize);
    }

    /// <summary>The entries a query matches, newest first, at most <paramref name="max"/>, streamed from one query (the CSV export).</summary>
    public async IAsyncEnumerable<AuditEntry> AuditEntriesAsync(AuditQuery query, int max, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await foreach (var entry in Filtered(db, query).Take(max).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return entry;
        }
    }

    private static IQueryable<AuditEntry> Filtered(SiteDbContext db, AuditQuery query)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (query.DocumentId is { } document)
        {
            entries = entries.Where(a => a.DocumentId == document);
        }

        if (query.UserId is { } user)
        {
            entries = entries.Where(a => a.UserId == user);
        }

        if (query.Action is { } action)
        {
            entries = entries.Where(a => a.Action == action);
        }

        if (query.FromUtc is { } from)
        {
            entries = entries.Where(a => a.Utc >= from);
        }

        if (query.ToUtc is { } to)
        {
            entries = entries.Where(a => a.Utc < to);
        }

        return entries.OrderByDescending(a => a.Utc).ThenByDescending(a => a.Id);
    }

    /// <summary>The items whose working copy or a live version uses media item <paramref name="mediaId"/> (at most 50).</summary>
    public async Task<IReadOnlyList<(Guid DocumentId, string Title)>> MediaUsersAsync(Guid mediaId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await MediaUsage.UsersAsync(db, mediaId, cancellationToken);
    }

    /// <summary>
    /// A user's dashboard: her drafts (items she changed last with unpublished changes), the schedules
    /// of the next 7 days, what was published lately, schedules that failed in the last 30 days, and
    /// review requests awaiting her or owed after a force publish, her submissions sent back,
    /// translations out of date, and recently changed items missing a language (looked for among the latest
    /// <see cref="DashboardMissingWindow"/> changes: a bounded walk of the live index, not a scan).
    /// </summary>
    public async Task<DashboardView> DashboardAsync(ActingUser user, IReadOnlyList<string> cultureCodes, DateTime nowUtc, int size, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(cultureCodes);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var live = db.Documents.AsNoTracking().Where(d => d.DeletedUtc == null);
        var cultures = db.DocumentCultures.AsNoTracking();
        var mine = await live.Where(d => d.UpdatedById == user.Id && cultures.Any(c => c.DocumentId == d.Id && (c.State == CultureState.Draft || c.State == CultureState.PublishedWithPendingChanges)))
            .OrderByDescending(d => d.UpdatedUtc).Select(d => d.Id).Take(size).ToListAsync(cancellationToken);
        var weekEnd = nowUtc.AddDays(7);
        var scheduled = await db.ContentSchedules.AsNoTracking().Where(s => s.Status == ScheduleStatus.Pending && s.DueUtc < weekEnd)
            .OrderBy(s => s.DueUtc).ThenBy(s => s.Id).Take(size).ToListAsync(cancellationToken);
        // From the audit trail's (action, time) index rather than a sort of every culture row.
        var publishes = await db.AuditEntries.AsNoTracking().Where(a => a.Action == AuditAction.Publish && a.DocumentId != null)
            .OrderByDescending(a => a.Utc).Select(a => new { a.Utc, Id = a.DocumentId!.Value }).Take(size * 3).ToListAsync(cancellationToken);
        var scheduledPublishes = await db.AuditEntries.AsNoTracking().Where(a => a.Action == AuditAction.ScheduleRan && a.DocumentId != null)
            .OrderByDescending(a => a.Utc).Select(a => new { a.Utc, Id = a.DocumentId!.Value }).Take(size * 3).ToListAsync(cancellationToken);
        var published = publishes.Concat(scheduledPublishes).OrderByDescending(p => p.Utc).Select(p => p.Id).ToList();
        var failedSince = nowUtc.AddDays(-30);
        var failed = await db.ContentSchedules.AsNoTracking().Where(s => s.Status == ScheduleStatus.Failed && s.CompletedUtc >= failedSince)
            .OrderByDescending(s => s.CompletedUtc).Take(size).ToListAsync(cancellationToken);
        var expected = cultureCodes.Count;
        var recent = live.OrderByDescending(d => d.UpdatedUtc).ThenByDescending(d => d.Id).Take(DashboardMissingWindow);
        var missing = await recent.Where(d => cultures.Count(c => c.DocumentId == d.Id) < expected)
            .OrderByDescending(d => d.UpdatedUtc).Select(d => d.Id).Take(size).ToListAsync(cancellationToken);

        var pending = db.ReviewRequests.AsNoTracking().Where(r => r.Status == ReviewStatus.Pending);
        var awaiting = user.Rights.Allows(EditorialRight.Publish)
            ? await pending.Where(r => r.Kind == ReviewKind.Submission && r.SubmittedById != user.Id).OrderBy(r => r.SubmittedUtc).Take(size).ToListAsync(cancellationToken)
            : [];
        var forced = await pending.Where(r => r.Kind == ReviewKind.Retrospective).OrderBy(r => r.SubmittedUtc).Take(size).ToListAsync(cancellationToken);
        var sentBack = await db.ReviewRequests.AsNoTracking().Where(r => (r.Status == ReviewStatus.SentBack || r.Status == ReviewStatus.PartlySentBack) && r.SubmittedById == user.Id && r.DecidedUtc >= failedSince)
            .OrderByDescending(r => r.DecidedUtc).Take(size).ToListAsync(cancellationToken);
        var outOfDate = await cultures.Where(c => c.IsOutOfDate).OrderByDescending(c => c.UpdatedUtc).Select(c => c.DocumentId).Take(size * 3).ToListAsync(cancellationToken);
        var reviews = awaiting.Concat(forced).Concat(sentBack).ToList();

        var ids = mine.Concat(published).Concat(missing).Concat(outOfDate).Concat(scheduled.Select(s => s.DocumentId)).Concat(failed.Select(s => s.DocumentId))
            .Concat(reviews.Select(r => r.DocumentId)).Distinct().ToList();
        var states = await StatesAsync(db, live.Where(d => ids.Contains(d.Id)), cancellationToken); // items in the recycle bin drop out here
        IReadOnlyList<ItemStateSummary> Pick(IEnumerable<Guid> chosen) =>
            [.. chosen.Distinct().Where(states.ContainsKey).Select(id => states[id]).Take(size)];
        IReadOnlyList<ReviewRequest> Live(IEnumerable<ReviewRequest> requests) => [.. requests.Where(r => states.ContainsKey(r.DocumentId))];
        return new DashboardView(Pick(mine), scheduled, Pick(published), failed, Pick(missing), states)
        {
            AwaitingMyReview = Live(awaiting),
            ForcePublished = Live(forced),
            SentBackToMe = Live(sentBack),
            TranslationsOutOfDate = Pick(outOfDate),
        };
    }

    /// <summary>How many of the latest changed items the dashboard looks through for a missing language.</summary>
    public const int DashboardMissingWindow = 500;

    /// <summary>The schedules that failed most recently, with their reasons, newest first.</summary>
    public async Task<IReadOnlyList<ContentSchedule>> FailedSchedulesAsync(int max, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ContentSchedules.AsNoTracking().Where(s => s.Status == ScheduleStatus.Failed)
            .OrderByDescending(s => s.CompletedUtc).ThenByDescending(s => s.Id).Take(max).ToListAsync(cancellationToken);
    }

    /// <summary>Schedules that ran, failed or were cancelled since <paramref name="sinceUtc"/>, the latest first (at most <paramref name="max"/>).</summary>
    public async Task<IReadOnlyList<ContentSchedule>> PastSchedulesAsync(DateTime sinceUtc, int max, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ContentSchedules.AsNoTracking().Where(s => s.Status != ScheduleStatus.Pending && s.CompletedUtc >= sinceUtc)
            .OrderByDescending(s => s.CompletedUtc).ThenByDescending(s => s.Id).Take(max).ToListAsync(cancellationToken);
    }

    /// <summary>Schedules of an item, or every pending one when <paramref name="documentId"/> is null; soonest first.</summary>
    public async Task<IReadOnlyList<ContentSchedule>> SchedulesAsync(Guid? documentId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var schedules = db.ContentSchedules.AsNoTracking();
        schedules = documentId is { } id ? schedules.Where(s => s.DocumentId == id) : schedules.Where(s => s.Status == ScheduleStatus.Pending);
        return await schedules.OrderBy(s => s.DueUtc).ThenBy(s => s.Id).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// What changed in the default culture's text since the <paramref name="culture"/> translation
    /// followed it; null when the translation is not out of date.
    /// </summary>
    public async Task<VersionDiff?> SourceChangesAsync(Guid id, string culture, string defaultCulture, IDiffDescriber? describer = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.DocumentCultures.AsNoTracking().Where(c => c.DocumentId == id && (c.Culture == culture || c.Culture == defaultCulture)).ToListAsync(cancellationToken);
        var translation = rows.FirstOrDefault(r => r.Culture == culture);
        var source = rows.FirstOrDefault(r => r.Culture == defaultCulture);
        if (translation is not { IsOutOfDate: true, SourceVersion: { } from } || source is null)
        {
            return null;
        }

        var a = await DocumentStore.ValuesAsync(db, id, from, cancellationToken);
        var b = await DocumentStore.ValuesAsync(db, id, source.ChangedVersion, cancellationToken);
        if (a is null || b is null)
        {
            // The version it followed was cleaned up: the mark stands, the words since cannot be shown.
            return new VersionDiff(id, from, source.ChangedVersion, []);
        }

        return new VersionDiff(id, from, source.ChangedVersion, [.. VersionDiffer.Compare(a, b, describer).Where(f => f.Culture == defaultCulture)]);
    }

    /// <summary>Requests waiting for a reviewer, oldest first (a queue); of one item when <paramref name="documentId"/> is given.</summary>
    public async Task<IReadOnlyList<ReviewRequest>> PendingReviewsAsync(Guid? documentId = null, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pending = db.ReviewRequests.AsNoTracking().Where(r => r.Status == ReviewStatus.Pending);
        if (documentId is { } id)
        {
            pending = pending.Where(r => r.DocumentId == id);
        }

        return await pending.Join(db.Documents.Where(d => d.DeletedUtc == null), r => r.DocumentId, d => d.Id, (r, d) => r)
            .OrderBy(r => r.SubmittedUtc).ThenBy(r => r.Id).ToListAsync(cancellationToken);
    }

    /// <summary>The latest decided requests of an item (what a reviewer said), newest first.</summary>
    public async Task<IReadOnlyList<ReviewRequest>> DecidedReviewsAsync(Guid documentId, int max, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ReviewRequests.AsNoTracking().Where(r => r.DocumentId == documentId && r.Status != ReviewStatus.Pending)
            .OrderByDescending(r => r.DecidedUtc).ThenByDescending(r => r.Id).Take(max).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// What a reviewer compares: each submitted culture from its published text (nothing, when never
    /// published) to the submitted version, and the shared values from those live to those submitted.
    /// </summary>
    public async Task<VersionDiff?> ReviewDiffAsync(ReviewRequest request, IDiffDescriber? describer = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var document = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == request.DocumentId, cancellationToken);
        var submitted = await DocumentStore.ValuesAsync(db, request.DocumentId, request.VersionNumber, cancellationToken);
        if (document is null || submitted is null)
        {
            return null;
        }

        var published = await db.DocumentCultures.AsNoTracking().Where(c => c.DocumentId == request.DocumentId)
            .ToDictionaryAsync(c => c.Culture, c => c.PublishedVersion, cancellationToken);
        var fields = new List<FieldDiff>();
        var live = document.PublishedInvariantVersion is { } shared ? await DocumentStore.ValuesAsync(db, request.DocumentId, shared, cancellationToken) : null;
        fields.AddRange(VersionDiffer.Compare(live ?? new ContentValues(), submitted, describer, await FileNamesAsync(db, [live, submitted], cancellationToken)).Where(f => f.Culture is null));
        foreach (var culture in request.CultureList)
        {
            var from = published.GetValueOrDefault(culture) is { } number ? await DocumentStore.ValuesAsync(db, request.DocumentId, number, cancellationToken) : null;
            fields.AddRange(VersionDiffer.Compare(from ?? new ContentValues(), submitted, describer).Where(f => f.Culture == culture));
        }

        return new VersionDiff(request.DocumentId, document.PublishedInvariantVersion ?? 0, request.VersionNumber, fields);
    }
}
