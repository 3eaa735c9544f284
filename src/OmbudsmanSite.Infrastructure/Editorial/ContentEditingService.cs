using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Core.Localization;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>
/// Creating and editing items: working copies and their versions, the recycle bin, rollback and
/// slug changes. Each operation takes the acting user and returns an <see cref="EditorialResult"/>;
/// publishing is <see cref="ContentPublishingService"/>'s.
/// </summary>
public sealed class ContentEditingService(EditorialWriter writer, SiteCultures cultures, HtmlBodySanitizer sanitizer)
{
    public Task<EditorialResult> CreateAsync(CreateContentRequest request, ActingUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var id = request.Id ?? Guid.NewGuid();
        return writer.RunAsync(user, EditorialRight.EditInvariant, async session =>
        {
            var (values, errors, notices) = Prepare(request.Type, request.Values);
            if (errors.Count > 0)
            {
                return EditorialResult.Invalid(id, errors);
            }

            if (await session.Db.Documents.AnyAsync(d => d.Id == id, cancellationToken))
            {
                return EditorialResult.Invalid(id, FieldNames.Type, $"An item with id {id} already exists.");
            }

            if (await LegacyOwnerAsync(session, request.LegacyId, id, cancellationToken) is { } legacyError)
            {
                return EditorialResult.Invalid(id, [legacyError]);
            }

            var document = new Document(id, request.Type, session.User, session.NowUtc)
            {
                LegacyId = Normalize(request.LegacyId),
                LegacyViewCount = request.LegacyViewCount,
            };
            session.Db.Documents.Add(document);
            return await AddDocumentAsync(session, document, values, request.Slugs, request.Comment, AuditAction.Create, $"{request.Type}: {{0}}", notices, cancellationToken);
        }, cancellationToken);
    }

    /// <summary>
    /// A copy of an item as a new draft in all the languages of its working copy: the same values, its
    /// own new addresses (made from the titles), no legacy id, nothing published. Audited as a
    /// duplicate of the original.
    /// </summary>
    public Task<EditorialResult> DuplicateAsync(Guid sourceId, ActingUser user, CancellationToken cancellationToken = default)
    {
        var id = Guid.NewGuid();
        return writer.RunAsync(user, EditorialRight.EditInvariant, async session =>
        {
            var source = await session.Db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Id == sourceId && d.DeletedUtc == null, cancellationToken);
            if (source is null || await DocumentStore.ValuesAsync(session.Db, sourceId, source.HeadVersion, cancellationToken) is not { } values)
            {
                return EditorialResult.NotFound(sourceId);
            }

            var document = new Document(id, source.Type, session.User, session.NowUtc);
            session.Db.Documents.Add(document);
            return await AddDocumentAsync(session, document, values, new Dictionary<string, string>(), null, AuditAction.Duplicate, $"{sourceId:D}: {{0}}", [], cancellationToken);
        }, cancellationToken);
    }

    /// <summary>The first version and language rows of a new item (created or duplicated), audited with <paramref name="auditNote"/> ({0}: its first title).</summary>
    private static async Task<EditorialResult> AddDocumentAsync(EditorialSession session, Document document, ContentValues values, IReadOnlyDictionary<string, string> slugs, string? comment,
        AuditAction action, string auditNote, IReadOnlyList<FieldError> notices, CancellationToken cancellationToken)
    {
        var id = document.Id;
        var changed = values.Cultures.Keys.Order(StringComparer.Ordinal).ToList();
        var version = DocumentStore.AddVersion(session, document, values, VersionKind.Created, null, changed, invariantChanged: true, comment);
        var rows = new List<DocumentCulture>();
        foreach (var culture in changed)
        {
            var row = await AddCultureAsync(session, document, culture, values.Culture(culture)!, slugs.GetValueOrDefault(culture), version.Number, cancellationToken);
            if (row.Error is not null)
            {
                return EditorialResult.Invalid(id, [row.Error]);
            }

            rows.Add(row.Culture!);
        }

        DocumentStore.FollowSource(session, rows, changed);
        await DocumentStore.RefreshStatesAsync(session, document, rows, cancellationToken);
        session.Audit(action, id, changed, version.Number, string.Format(CultureInfo.InvariantCulture, auditNote, values.Cultures[changed[0]].Title));
        session.Journal(id, changed, ContentChangeKind.Draft);
        return EditorialResult.Success(id, version.Number, notices);
    }

    /// <summary>
    /// Stores <see cref="SaveContentRequest.Values"/> as the new working copy. On a stale base the
    /// attempt is kept as a conflicted version and the result carries both texts.
    /// </summary>
    public Task<EditorialResult> SaveAsync(SaveContentRequest request, ActingUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return writer.RunOnDocumentAsync(user, EditorialRight.EditDrafts, request.DocumentId, async (session, document) =>
        {
            if (document.IsDeleted)
            {
                return EditorialResult.NotAllowed(document.Id, "The item is in the recycle bin: restore it before editing.");
            }

            var (values, errors, notices) = Prepare(document.Type, request.Values);
            if (errors.Count > 0)
            {
                return EditorialResult.Invalid(document.Id, errors);
            }

            if (await LegacyOwnerAsync(session, request.LegacyId, document.Id, cancellationToken) is { } legacyError)
            {
                return EditorialResult.Invalid(document.Id, [legacyError]);
            }

            if (request.BaseVersion != document.HeadVersion)
            {
                return await KeepConflictAsync(session, document, request, values, cancellationToken);
            }

            if (request.LegacyId is not null)
            {
                document.LegacyId = Normalize(request.LegacyId);
                document.LegacyViewCount = request.LegacyViewCount;
            }

            return await WriteWorkingCopyAsync(session, document, values, request.Slugs, VersionKind.Saved, request.BaseVersion, request.Comment, AuditAction.Save, notices, cancellationToken);
        }, cancellationToken);
    }

    /// <summary>Makes version <paramref name="number"/>'s values the working copy again, as a new version. Never publishes.</summary>
    public Task<EditorialResult> RollbackAsync(Guid id, int number, ActingUser user, CancellationToken cancellationToken = default) =>
        writer.RunOnDocumentAsync(user, EditorialRight.EditDrafts, id, async (session, document) =>
        {
            if (document.IsDeleted)
            {
                return EditorialResult.NotAllowed(id, "The item is in the recycle bin: restore it first.");
            }

            var values = await DocumentStore.ValuesAsync(session.Db, id, number, cancellationToken);
            if (values is null)
            {
                return EditorialResult.Invalid(id, FieldNames.Version, $"The item has no version {number}.");
            }

            return await WriteWorkingCopyAsync(session, document, values, new Dictionary<string, string>(), VersionKind.RolledBack, document.HeadVersion, $"Rolled back to version {number}", AuditAction.Rollback, [], cancellationToken);
        }, cancellationToken);

    /// <summary>
    /// Says the <paramref name="culture"/> translation is in line with the default culture as it
    /// stands (the source changed, but not in a way the translation must follow). Recorded.
    /// </summary>
    public Task<EditorialResult> MarkUpToDateAsync(Guid id, string culture, ActingUser user, CancellationToken cancellationToken = default) =>
        writer.RunOnDocumentAsync(user, EditorialRight.EditDrafts, id, async (session, document) =>
        {
            if (!session.User.Rights.MayEditCulture(culture))
            {
                return EditorialResult.Forbidden(id, $"{session.User.Name} may not change the {culture} translation.");
            }

            var rows = await DocumentStore.CulturesAsync(session, id, cancellationToken);
            var row = rows.FirstOrDefault(r => string.Equals(r.Culture, culture, StringComparison.OrdinalIgnoreCase));
            var source = DocumentStore.SourceOf(session, rows);
            if (row is null || source is null || ReferenceEquals(row, source))
            {
                return EditorialResult.Invalid(id, FieldNames.Culture, $"There is no {culture} translation of a {session.DefaultCulture} text here.");
            }

            if (!row.IsOutOfDate)
            {
                return EditorialResult.Unchanged(id, document.HeadVersion);
            }

            var from = row.SourceVersion;
            row.TranslatedFrom(source);
            document.Touch(session.User, session.NowUtc);
            session.Audit(AuditAction.MarkedUpToDate, id, [row.Culture], document.HeadVersion,
                $"with the {source.Culture} text of version {source.ChangedVersion} (translated from version {from})");
            return EditorialResult.Success(id, document.HeadVersion);
        }, cancellationToken);

    /// <summary>Moves the item to the recycle bin: it leaves the public site (its addresses answer 410) and keeps everything else.</summary>
    public Task<EditorialResult> DeleteAsync(Guid id, ActingUser user, CancellationToken cancellationToken = default) =>
        writer.RunOnDocumentAsync(user, EditorialRight.Delete, id, async (session, document) =>
        {
            if (document.IsDeleted)
            {
                return EditorialResult.Unchanged(id, document.HeadVersion);
            }

            var (rows, live) = await RecycleBin.MoveInAsync(session, document, "The item was deleted.", cancellationToken);
            session.Audit(AuditAction.Delete, id, live, document.HeadVersion, rows.FirstOrDefault()?.Title);
            session.Journal(id, live, live.Count > 0 ? ContentChangeKind.Published : ContentChangeKind.Draft);
            return EditorialResult.Success(id, document.HeadVersion);
        }, cancellationToken);

    /// <summary>Brings an item back from the recycle bin as it was: the cultures that were live go live again.</summary>
    public Task<EditorialResult> RestoreAsync(Guid id, ActingUser user, CancellationToken cancellationToken = default) =>
        writer.RunOnDocumentAsync(user, EditorialRight.Delete, id, async (session, document) =>
        {
            if (!document.IsDeleted)
            {
                return EditorialResult.Unchanged(id, document.HeadVersion);
            }

            var rows = await DocumentStore.CulturesAsync(session, id, cancellationToken);
            var live = new List<string>();
            foreach (var row in rows.Where(c => c.PublishedVersion is not null))
            {
                var values = await DocumentStore.ValuesAsync(session.Db, id, row.PublishedVersion!.Value, cancellationToken);
                if (values?.Culture(row.Culture) is not null)
                {
                    await PublishedProjection.PublishAsync(session.Db, document, row, values, session.NowUtc, cancellationToken);
                    await session.Db.SaveChangesAsync(cancellationToken);
                    live.Add(row.Culture);
                }
            }

            // Removed as published in error and sent elsewhere: its addresses are its own again.
            foreach (var row in rows)
            {
                await session.Db.Redirects.Where(r => r.Kind == RedirectKind.PublishedInError && r.Culture == row.Culture && r.DocumentType == row.DocumentType && r.Slug == row.Slug)
                    .ExecuteDeleteAsync(cancellationToken);
            }

            document.MarkRestored(session.User, session.NowUtc);
            session.AddressesChanged(rows.Select(r => new ItemAddress(r.Culture, r.DocumentType, r.Slug)));
            await DocumentStore.RefreshStatesAsync(session, document, rows, cancellationToken);
            session.Audit(AuditAction.Restore, id, live, document.HeadVersion, rows.FirstOrDefault()?.Title);
            session.Journal(id, live, live.Count > 0 ? ContentChangeKind.Published : ContentChangeKind.Draft);
            return EditorialResult.Success(id, document.HeadVersion);
        }, cancellationToken);

    /// <summary>
    /// Deletes a binned item for good: its versions and schedules go, its old addresses answer 410
    /// (they stay held until a redirect is removed), and the audit trail keeps its record.
    /// </summary>
    public Task<EditorialResult> PurgeAsync(Guid id, ActingUser user, CancellationToken cancellationToken = default) =>
        writer.RunOnDocumentAsync(user, EditorialRight.Purge, id, async (session, document) =>
        {
            if (!document.IsDeleted)
            {
                return EditorialResult.NotAllowed(id, "Only items in the recycle bin can be purged: delete it first.");
            }

            var rows = await DocumentStore.CulturesAsync(session, id, cancellationToken);
            session.AddressesChanged(rows.Select(r => new ItemAddress(r.Culture, r.DocumentType, r.Slug)));
            session.AddressesChanged(await session.Db.Redirects.Where(r => r.TargetDocumentId == id)
                .Select(r => new ItemAddress(r.Culture, r.DocumentType, r.Slug)).ToListAsync(cancellationToken));
            await session.Db.Redirects.Where(r => r.TargetDocumentId == id)
                .ExecuteUpdateAsync(r => r.SetProperty(x => x.TargetDocumentId, (Guid?)null).SetProperty(x => x.Kind, RedirectKind.Gone), cancellationToken);
            foreach (var row in rows.Where(r => r.FirstPublishedUtc is not null))
            {
                if (!await session.Db.Redirects.AnyAsync(r => r.Culture == row.Culture && r.DocumentType == row.DocumentType && r.Slug == row.Slug, cancellationToken))
                {
                    session.Db.Redirects.Add(new Redirect(row.Culture, row.DocumentType, row.Slug, null, RedirectKind.Gone, session.User, session.NowUtc));
                }
            }

            session.Db.Documents.Remove(document);
            session.Audit(AuditAction.Purge, id, rows.Select(r => r.Culture), null, rows.FirstOrDefault()?.Title);
            session.Journal(id, rows.Select(r => r.Culture), ContentChangeKind.Published);
            return EditorialResult.Success(id);
        }, cancellationToken);

    /// <summary>
    /// Gives a culture a new address. A culture that has been live leaves a 301 behind; taking back an
    /// old address of the same item removes its redirect, so no loop can form.
    /// </summary>
    public Task<EditorialResult> ChangeSlugAsync(Guid id, string culture, string slug, ActingUser user, CancellationToken cancellationToken = default) =>
        writer.RunOnDocumentAsync(user, EditorialRight.EditDrafts, id, async (session, document) =>
        {
            if (RightsError(session.User, id, [culture], invariantChanged: false) is { } refused)
            {
                return refused;
            }

            var row = await session.Db.DocumentCultures.FirstOrDefaultAsync(c => c.DocumentId == id && c.Culture == culture, cancellationToken);
            if (row is null)
            {
                return EditorialResult.Invalid(id, FieldNames.ForCulture(culture, FieldNames.Slug), $"The item has no {culture} text yet.");
            }

            var wanted = slug?.Trim().ToLowerInvariant() ?? "";
            if (wanted == row.Slug)
            {
                return EditorialResult.Unchanged(id, document.HeadVersion);
            }

            var (claimed, error) = await DocumentStore.ClaimSlugAsync(session, document, culture, wanted, row.Title, cancellationToken);
            if (error is not null)
            {
                return EditorialResult.Invalid(id, [error]);
            }

            var old = row.Slug;
            row.Slug = claimed!;
            row.UpdatedUtc = session.NowUtc;
            row.UpdatedByName = session.User.Name;
            document.Touch(session.User, session.NowUtc);
            session.Audit(AuditAction.SlugChanged, id, [culture], document.HeadVersion, $"/{old} → /{claimed}");
            var live = row.PublishedVersion is not null;
            if (row.FirstPublishedUtc is not null)
            {
                session.Db.Redirects.Add(new Redirect(culture, document.Type, old, id, RedirectKind.SlugChange, session.User, session.NowUtc));
                session.AddressesChanged([new ItemAddress(culture, document.Type, old)]);
                session.Audit(AuditAction.RedirectAdded, id, [culture], null, $"/{old} → item (slug change)");
            }

            if (live)
            {
                await PublishedProjection.ChangeSlugAsync(session.Db, id, culture, claimed!, session.NowUtc, cancellationToken);
            }

            session.Journal(id, [culture], live ? ContentChangeKind.Published : ContentChangeKind.Draft);
            return EditorialResult.Success(id, document.HeadVersion);
        }, cancellationToken);

    /// <summary>Marks a version as exempt from cleanup, or lifts the mark (editors and administrators: <see cref="EditorialRight.KeepVersions"/>).</summary>
    public Task<EditorialResult> KeepVersionAsync(Guid id, int number, bool keep, ActingUser user, CancellationToken cancellationToken = default) =>
        writer.RunAsync(user, EditorialRight.KeepVersions, async session =>
        {
            var version = await session.Db.DocumentVersions.FirstOrDefaultAsync(v => v.DocumentId == id && v.Number == number, cancellationToken);
            if (version is null)
            {
                return EditorialResult.Invalid(id, FieldNames.Version, $"The item has no version {number}.");
            }

            if (version.Keep == keep)
            {
                return EditorialResult.Unchanged(id, number);
            }

            version.Keep = keep;
            session.Audit(AuditAction.VersionKept, id, [], number, keep ? "kept from cleanup" : "no longer kept");
            return EditorialResult.Success(id, number);
        }, cancellationToken);

    private static async Task<EditorialResult> WriteWorkingCopyAsync(
        EditorialSession session,
        Document document,
        ContentValues values,
        IReadOnlyDictionary<string, string> slugs,
        VersionKind kind,
        int basedOn,
        string? comment,
        AuditAction action,
        IReadOnlyList<FieldError> notices,
        CancellationToken cancellationToken)
    {
        var head = await DocumentStore.ValuesAsync(session.Db, document.Id, document.HeadVersion, cancellationToken) ?? new ContentValues();
        var changed = values.CulturesChangedFrom(head);
        var invariantChanged = !values.InvariantEquals(head);
        if (changed.Count == 0 && !invariantChanged)
        {
            return EditorialResult.Unchanged(document.Id, document.HeadVersion) with { Notices = notices };
        }

        if (RightsError(session.User, document.Id, changed, invariantChanged) is { } refused)
        {
            return refused;
        }

        var rows = await DocumentStore.CulturesAsync(session, document.Id, cancellationToken);
        var removed = rows.Where(r => values.Culture(r.Culture) is null).ToList();
        if (removed.FirstOrDefault(r => r.PublishedVersion is not null) is { } live)
        {
            return EditorialResult.Invalid(document.Id, FieldNames.ForCulture(live.Culture, FieldNames.Title), $"The {live.Culture} text is live: unpublish it before removing it.");
        }

        var version = DocumentStore.AddVersion(session, document, values, kind, basedOn, changed, invariantChanged, comment);
        foreach (var row in removed)
        {
            session.Db.DocumentCultures.Remove(row);
            rows.Remove(row);
        }

        foreach (var culture in changed.Where(c => values.Culture(c) is not null))
        {
            var text = values.Culture(culture)!;
            if (rows.FirstOrDefault(r => string.Equals(r.Culture, culture, StringComparison.OrdinalIgnoreCase)) is { } row)
            {
                if (!string.Equals(row.Title, text.Title, StringComparison.Ordinal))
                {
                    await DocumentStore.RetitleAsync(session, row, text.Title, cancellationToken);
                }

                row.ChangedVersion = version.Number;
                row.UpdatedUtc = session.NowUtc;
                row.UpdatedByName = session.User.Name;
            }
            else
            {
                var added = await AddCultureAsync(session, document, culture, text, slugs.GetValueOrDefault(culture), version.Number, cancellationToken);
                if (added.Error is not null)
                {
                    return EditorialResult.Invalid(document.Id, [added.Error]);
                }

                rows.Add(added.Culture!);
            }
        }

        DocumentStore.FollowSource(session, rows, changed);
        await DocumentStore.RefreshStatesAsync(session, document, rows, cancellationToken);
        session.Audit(action, document.Id, changed, version.Number, comment);
        session.Journal(document.Id, changed, ContentChangeKind.Draft);
        return EditorialResult.Success(document.Id, version.Number, notices);
    }

    private static async Task<EditorialResult> KeepConflictAsync(EditorialSession session, Document document, SaveContentRequest request, ContentValues attempted, CancellationToken cancellationToken)
    {
        var current = await DocumentStore.ValuesAsync(session.Db, document.Id, document.HeadVersion, cancellationToken) ?? new ContentValues();
        var currentAuthor = await session.Db.DocumentVersions.Where(v => v.DocumentId == document.Id && v.Number == document.HeadVersion)
            .Select(v => v.AuthorName).FirstOrDefaultAsync(cancellationToken) ?? "";
        var head = document.HeadVersion;
        if (RightsError(session.User, document.Id, attempted.CulturesChangedFrom(current), !attempted.InvariantEquals(current)) is { } refused)
        {
            return refused;
        }

        var kept = DocumentStore.AddVersion(session, document, attempted, VersionKind.Conflicted, request.BaseVersion, attempted.CulturesChangedFrom(current), !attempted.InvariantEquals(current), request.Comment);
        session.Audit(AuditAction.Conflict, document.Id, attempted.CulturesChangedFrom(current), kept.Number, $"based on version {request.BaseVersion}, the working copy is {head} by {currentAuthor}");
        return new EditorialResult
        {
            Status = OperationStatus.Conflict,
            DocumentId = document.Id,
            VersionNumber = head,
            Errors = [new FieldError(FieldNames.Version, $"{currentAuthor} saved version {head} after you opened version {request.BaseVersion}. Your text is kept as version {kept.Number}.")],
            Conflict = new ConflictDetails(request.BaseVersion, head, currentAuthor, current, attempted, kept.Number),
        };
    }

    private static async Task<(DocumentCulture? Culture, FieldError? Error)> AddCultureAsync(EditorialSession session, Document document, string culture, CultureValues text, string? wantedSlug, int version, CancellationToken cancellationToken)
    {
        var (slug, error) = await DocumentStore.ClaimSlugAsync(session, document, culture, wantedSlug, text.Title, cancellationToken);
        if (error is not null)
        {
            return (null, error);
        }

        var row = new DocumentCulture(document.Id, document.Type, culture.ToLowerInvariant(), slug!, "")
        {
            ChangedVersion = version,
            UpdatedUtc = session.NowUtc,
            UpdatedByName = session.User.Name,
        };
        session.Db.DocumentCultures.Add(row);
        await DocumentStore.RetitleAsync(session, row, text.Title, cancellationToken);
        return (row, null);
    }

    /// <summary>Validated and cleaned values: trimmed text, sanitised bodies (what was removed comes back as notices).</summary>
    private (ContentValues Values, IReadOnlyList<FieldError> Errors, IReadOnlyList<FieldError> Notices) Prepare(DocumentType type, ContentValues values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var notices = new List<FieldError>();
        var cleaned = new Dictionary<string, CultureValues>(StringComparer.OrdinalIgnoreCase);
        foreach (var (culture, text) in values.Cultures)
        {
            var body = sanitizer.Sanitize(text.BodyHtml ?? "", out var removed);
            if (removed.Count > 0)
            {
                notices.Add(new FieldError(FieldNames.ForCulture(culture, FieldNames.Body), $"Removed from the text: {string.Join(", ", removed)}."));
            }

            cleaned[culture.ToLowerInvariant()] = text with
            {
                Title = text.Title?.Trim() ?? "",
                Summary = string.IsNullOrWhiteSpace(text.Summary) ? null : text.Summary.Trim(),
                SeoDescription = string.IsNullOrWhiteSpace(text.SeoDescription) ? null : text.SeoDescription.Trim(),
                BodyHtml = body,
            };
        }

        var prepared = values with { Cultures = cleaned, Taxonomy = [.. values.Taxonomy.Distinct()] };
        if (type == DocumentType.Meeting && prepared.Meeting is null)
        {
            prepared = prepared with { Meeting = new MeetingValues() };
        }

        return (prepared, ContentValidator.Validate(type, prepared, cultures), notices);
    }

    private static async Task<FieldError?> LegacyOwnerAsync(EditorialSession session, string? legacyId, Guid id, CancellationToken cancellationToken)
    {
        var wanted = Normalize(legacyId);
        if (wanted is null)
        {
            return null;
        }

        var owner = await session.Db.Documents.Where(d => d.LegacyId == wanted && d.Id != id).Select(d => (Guid?)d.Id).FirstOrDefaultAsync(cancellationToken);
        return owner is null ? null : new FieldError(FieldNames.LegacyId, $"legacyId '{wanted}' already belongs to item {owner} (a draft from the legacy import?).");
    }

    private static string? Normalize(string? legacyId) => string.IsNullOrWhiteSpace(legacyId) ? null : legacyId.Trim();

    /// <summary>A translator may change only her cultures' texts, and nobody without the right changes the shared values.</summary>
    private static EditorialResult? RightsError(ActingUser user, Guid id, IEnumerable<string> changedCultures, bool invariantChanged)
    {
        if (invariantChanged && !user.Rights.Allows(EditorialRight.EditInvariant))
        {
            return EditorialResult.Forbidden(id, $"{user.Name} may not change the values shared by every language.");
        }

        return changedCultures.FirstOrDefault(c => !user.Rights.MayEditCulture(c)) is { } culture
            ? EditorialResult.Forbidden(id, $"{user.Name} may not edit the {culture} text.", FieldNames.ForCulture(culture, FieldNames.Title))
            : null;
    }
}
