using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Checks;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Checks;
using OmbudsmanSite.Infrastructure.Mail;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>
/// Publishing and unpublishing cultures, now or on a schedule. A publish puts the working copy's
/// text for that culture, and the working copy's invariant values, on the public site; the other
/// cultures keep their text. Unpublishing one culture, the default included, leaves the others live.
/// </summary>
public sealed class ContentPublishingService(
    EditorialWriter writer,
    IDbContextFactory<SiteDbContext> contexts,
    SiteClock clock,
    IOptions<EditorialOptions> options,
    EditorialMail mail,
    ScheduleSignal schedules,
    ContentChecker checker,
    IOptions<ContentCheckOptions> checks)
{
    /// <summary>
    /// Publishes the working copy's <paramref name="cultures"/>. Where the item's type needs review,
    /// a person publishes directly only by force, with a <paramref name="forceReason"/>; the item then
    /// owes a retrospective review by another editor (GOV.UK's "2i"). A note in
    /// <paramref name="changeNotes"/> makes the publish significant in that language: readers see
    /// "Updated on" and the note; without one the change is minor and tells them nothing.
    /// </summary>
    public Task<EditorialResult> PublishAsync(Guid id, IReadOnlyCollection<string> cultures, ActingUser user, string? forceReason = null, IReadOnlyDictionary<string, string?>? changeNotes = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cultures);
        return writer.RunOnDocumentAsync(user, EditorialRight.Publish, id, async (session, document) =>
        {
            var (notes, errors) = ChangeNotes.Read(changeNotes, cultures, await DocumentStore.CulturesAsync(session, id, cancellationToken));
            if (errors.Count > 0)
            {
                return EditorialResult.Invalid(id, errors);
            }

            var result = await PastChecksAsync(session, document, cultures, forceReason, () =>
                PastReviewAsync(session, document, cultures, forceReason, () =>
                    PublishCoreAsync(session, document, cultures, document.HeadVersion, AuditAction.Publish, null, cancellationToken)));
            // Republishing what is already live still tells readers (the change went out as minor before): the note is not lost.
            if (result.Succeeded && notes.Count > 0)
            {
                await ChangeNotes.WriteAsync(session, id, notes, cancellationToken);
                result = result.Status == OperationStatus.Unchanged ? EditorialResult.Success(id, document.HeadVersion) : result;
            }

            return result;
        }, cancellationToken);
    }

    /// <summary>True when <paramref name="type"/> needs review before a person publishes it (settings: Site:Editorial:ReviewRequired).</summary>
    public bool RequiresReview(DocumentType type) => options.Value.RequiresReview(type);

    /// <summary>True when errors found by the content checks stop a person publishing <paramref name="type"/> without a reason (settings: ContentChecks:ErrorsBlockPublishing).</summary>
    public bool ChecksBlock(DocumentType type) => checks.Value.BlocksPublishing(type);

    public Task<EditorialResult> UnpublishAsync(Guid id, IReadOnlyCollection<string> cultures, ActingUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cultures);
        return writer.RunOnDocumentAsync(user, EditorialRight.Publish, id, (session, document) =>
            UnpublishCoreAsync(session, document, cultures, AuditAction.Unpublish, null, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Publishes or unpublishes <paramref name="culture"/> at <paramref name="dueUtc"/>. A publish
    /// schedule takes the working copy as it is now. A new schedule replaces the pending one for the
    /// same culture and action.
    /// </summary>
    public Task<EditorialResult> ScheduleAsync(Guid id, string culture, ScheduleAction action, DateTime dueUtc, ActingUser user, string? forceReason = null, CancellationToken cancellationToken = default) =>
        writer.RunOnDocumentAsync(user, EditorialRight.Publish, id, (session, document) => action == ScheduleAction.Publish
            ? PastChecksAsync(session, document, [culture], forceReason, () =>
                PastReviewAsync(session, document, [culture], forceReason, () => ScheduleCoreAsync(session, document, culture, action, dueUtc, cancellationToken)))
            : ScheduleCoreAsync(session, document, culture, action, dueUtc, cancellationToken), cancellationToken);

    internal async Task<EditorialResult> ScheduleCoreAsync(EditorialSession session, Document document, string culture, ScheduleAction action, DateTime dueUtc, CancellationToken cancellationToken)
    {
        var id = document.Id;
        if (document.IsDeleted)
        {
            return EditorialResult.NotAllowed(id, "The item is in the recycle bin.");
        }

        var rows = await DocumentStore.CulturesAsync(session, id, cancellationToken);
        if (!rows.Any(r => r.Culture == culture))
        {
            return EditorialResult.Invalid(id, FieldNames.Schedule, $"The item has no {culture} text to schedule.");
        }

        var due = DateTime.SpecifyKind(dueUtc, DateTimeKind.Utc);
        if (due <= session.NowUtc)
        {
            return EditorialResult.Invalid(id, FieldNames.Schedule, $"{Describe(due)} has passed: choose a later time.");
        }

        var by = session.User.Name;
        await session.Db.ContentSchedules
            .Where(s => s.DocumentId == id && s.Culture == culture && s.Action == action && s.Status == ScheduleStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, ScheduleStatus.Cancelled).SetProperty(x => x.FailureReason, "Replaced by a later schedule.")
                .SetProperty(x => x.CompletedUtc, session.NowUtc).SetProperty(x => x.CancelledByName, by), cancellationToken);
        var schedule = new ContentSchedule(id, culture, action, due, action == ScheduleAction.Publish ? document.HeadVersion : null, session.User, session.NowUtc);
        session.Db.ContentSchedules.Add(schedule);
        await session.Db.SaveChangesAsync(cancellationToken); // its id, for the result
        document.Touch(session.User, session.NowUtc);
        await DocumentStore.RefreshStatesAsync(session, document, rows, cancellationToken);
        session.Audit(AuditAction.Schedule, id, [culture], schedule.VersionNumber, $"{action} at {Describe(due)}");
        session.Journal(id, [culture], ContentChangeKind.Draft);
        session.AfterCommit(schedules.Wake); // the scheduler sleeps until this one, if it is the next
        return EditorialResult.Success(id, document.HeadVersion) with { RowId = schedule.Id };
    }

    public Task<EditorialResult> CancelScheduleAsync(long scheduleId, ActingUser user, CancellationToken cancellationToken = default) =>
        writer.RunAsync(user, EditorialRight.Publish, async session =>
        {
            var schedule = await session.Db.ContentSchedules.FirstOrDefaultAsync(s => s.Id == scheduleId, cancellationToken);
            if (schedule is null)
            {
                return EditorialResult.Invalid(null, FieldNames.Schedule, $"There is no schedule {scheduleId}.");
            }

            if (schedule.Status != ScheduleStatus.Pending)
            {
                return EditorialResult.Unchanged(schedule.DocumentId) with { RowId = scheduleId };
            }

            schedule.Status = ScheduleStatus.Cancelled;
            schedule.CompletedUtc = session.NowUtc;
            schedule.CancelledByName = session.User.Name;
            var document = await DocumentStore.FindAsync(session, schedule.DocumentId, cancellationToken);
            if (document is not null)
            {
                document.Touch(session.User, session.NowUtc);
                await DocumentStore.RefreshStatesAsync(session, document, await DocumentStore.CulturesAsync(session, document.Id, cancellationToken), cancellationToken);
            }

            session.Audit(AuditAction.ScheduleCancelled, schedule.DocumentId, [schedule.Culture], schedule.VersionNumber, $"{schedule.Action} at {Describe(schedule.DueUtc)}");
            session.Journal(schedule.DocumentId, [schedule.Culture], ContentChangeKind.Draft);
            return EditorialResult.Success(schedule.DocumentId) with { RowId = scheduleId };
        }, cancellationToken);

    /// <summary>When the next pending schedule falls due, or null when none is pending.</summary>
    public async Task<DateTime?> NextDueAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ContentSchedules.AsNoTracking().Where(s => s.Status == ScheduleStatus.Pending)
            .OrderBy(s => s.DueUtc).Select(s => (DateTime?)s.DueUtc).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// Forgets schedules that ran, failed or were cancelled longer than <see cref="EditorialOptions.ScheduleHistory"/>
    /// ago (the schedules page shows that long; the audit trail keeps each for good). Returns how many.
    /// </summary>
    public async Task<int> PurgeScheduleHistoryAsync(CancellationToken cancellationToken = default)
    {
        var purged = 0;
        await writer.RunAsync(SystemUsers.Cleanup, EditorialRight.Purge, async session =>
        {
            var before = session.NowUtc - options.Value.ScheduleHistory;
            purged = await session.Db.ContentSchedules.Where(s => s.Status != ScheduleStatus.Pending && s.CompletedUtc < before).ExecuteDeleteAsync(cancellationToken);
            return purged == 0 ? EditorialResult.Unchanged(null) : EditorialResult.Success(null);
        }, cancellationToken);
        return purged;
    }

    /// <summary>The ids of schedules due now, oldest first.</summary>
    public async Task<IReadOnlyList<long>> DueSchedulesAsync(int max, CancellationToken cancellationToken = default)
    {
        var now = clock.UtcNow;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ContentSchedules.AsNoTracking()
            .Where(s => s.Status == ScheduleStatus.Pending && s.DueUtc <= now)
            .OrderBy(s => s.DueUtc).ThenBy(s => s.Id)
            .Select(s => s.Id)
            .Take(max)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Runs one due schedule as the Scheduler, if this process claims it: the claim is an atomic
    /// update of the pending row, in the same transaction as the publish, so with several processes
    /// each schedule runs once, and a crash before the commit leaves it pending for the next run.
    /// A schedule that cannot run is marked failed with its reason, and audited.
    /// </summary>
    public Task<EditorialResult> RunScheduleAsync(long scheduleId, string node, CancellationToken cancellationToken = default) =>
        writer.RunAsync(SystemUsers.Scheduler, EditorialRight.Publish, async session =>
        {
            var claimed = await session.Db.ContentSchedules
                .Where(s => s.Id == scheduleId && s.Status == ScheduleStatus.Pending && s.DueUtc <= session.NowUtc)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, ScheduleStatus.Done).SetProperty(x => x.ClaimedBy, node).SetProperty(x => x.CompletedUtc, session.NowUtc), cancellationToken);
            if (claimed == 0)
            {
                return EditorialResult.Unchanged(null) with { RowId = scheduleId };
            }

            var schedule = await session.Db.ContentSchedules.FirstAsync(s => s.Id == scheduleId, cancellationToken);
            var document = await DocumentStore.FindAsync(session, schedule.DocumentId, cancellationToken);
            var result = document is null
                ? EditorialResult.NotFound(schedule.DocumentId)
                : schedule.Action == ScheduleAction.Publish
                    ? await PublishCoreAsync(session, document, [schedule.Culture], schedule.VersionNumber ?? document.HeadVersion, AuditAction.ScheduleRan, schedule, cancellationToken)
                    : await UnpublishCoreAsync(session, document, [schedule.Culture], AuditAction.ScheduleRan, schedule, cancellationToken);
            if (result.Succeeded)
            {
                return result.Status == OperationStatus.Unchanged ? EditorialResult.Success(schedule.DocumentId) with { RowId = scheduleId } : result with { RowId = scheduleId };
            }

            schedule.Status = ScheduleStatus.Failed;
            schedule.FailureReason = string.Join(" ", result.Errors.Select(e => e.Message));
            var rows = document is null ? [] : await DocumentStore.CulturesAsync(session, document.Id, cancellationToken);
            if (document is not null)
            {
                await DocumentStore.RefreshStatesAsync(session, document, rows, cancellationToken);
            }

            await mail.ScheduleFailedAsync(session.Db, schedule, schedule.FailureReason, rows.ToDictionary(r => r.Culture, r => r.Title, StringComparer.OrdinalIgnoreCase), cancellationToken);
            session.AfterCommit(mail.Committed);

            session.Audit(AuditAction.ScheduleFailed, schedule.DocumentId, [schedule.Culture], schedule.VersionNumber, $"{schedule.Action} due {Describe(schedule.DueUtc)}: {schedule.FailureReason}");
            session.Journal(schedule.DocumentId, [schedule.Culture], ContentChangeKind.Draft);
            return new EditorialResult { Status = OperationStatus.Success, DocumentId = schedule.DocumentId, RowId = scheduleId, Errors = result.Errors };
        }, cancellationToken);

    internal async Task<EditorialResult> PublishCoreAsync(EditorialSession session, Document document, IReadOnlyCollection<string> cultures, int versionNumber, AuditAction action, ContentSchedule? schedule, CancellationToken cancellationToken)
    {
        if (document.IsDeleted)
        {
            return EditorialResult.NotAllowed(document.Id, "The item is in the recycle bin.");
        }

        if (cultures.Count == 0)
        {
            return EditorialResult.Invalid(document.Id, FieldNames.Culture, "Choose at least one language to publish.");
        }

        var values = await DocumentStore.ValuesAsync(session.Db, document.Id, versionNumber, cancellationToken);
        if (values is null)
        {
            return EditorialResult.Invalid(document.Id, FieldNames.Version, $"Version {versionNumber} no longer exists.");
        }

        var rows = await DocumentStore.CulturesAsync(session, document.Id, cancellationToken);
        var errors = new List<FieldError>();
        var targets = new List<DocumentCulture>();
        foreach (var culture in cultures.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var row = rows.FirstOrDefault(r => string.Equals(r.Culture, culture, StringComparison.OrdinalIgnoreCase));
            if (row is null || values.Culture(culture) is null)
            {
                errors.Add(new FieldError(FieldNames.ForCulture(culture, FieldNames.Title), $"The item has no {culture} text (was it removed?), so {culture} cannot be published."));
            }
            else if (string.IsNullOrWhiteSpace(row.Slug))
            {
                errors.Add(new FieldError(FieldNames.ForCulture(culture, FieldNames.Slug), $"The {culture} text has no address."));
            }
            else
            {
                targets.Add(row);
            }
        }

        if (errors.Count > 0)
        {
            return EditorialResult.Invalid(document.Id, errors);
        }

        if (schedule is null && targets.All(r => r.State == CultureState.Published && r.PublishedVersion == versionNumber) && document.PublishedInvariantVersion == versionNumber)
        {
            return EditorialResult.Unchanged(document.Id, versionNumber);
        }

        foreach (var row in targets)
        {
            await PublishedProjection.PublishAsync(session.Db, document, row, values, session.NowUtc, cancellationToken);
            await session.Db.SaveChangesAsync(cancellationToken);
            row.PublishedVersion = versionNumber;
            row.PublishedUtc = session.NowUtc;
            row.FirstPublishedUtc ??= session.NowUtc;
            row.PublishedByName = session.User.Name;
        }

        document.PublishedInvariantVersion = versionNumber;
        document.Touch(session.User, session.NowUtc);
        await DocumentStore.RefreshStatesAsync(session, document, rows, cancellationToken);
        var published = targets.Select(r => r.Culture).ToList();
        session.Audit(action, document.Id, published, versionNumber, schedule is null ? null : $"Publish due {Describe(schedule.DueUtc)}, set by {schedule.CreatedByName}");
        session.Journal(document.Id, published, ContentChangeKind.Published);
        return EditorialResult.Success(document.Id, versionNumber);
    }

    private async Task<EditorialResult> UnpublishCoreAsync(EditorialSession session, Document document, IReadOnlyCollection<string> cultures, AuditAction action, ContentSchedule? schedule, CancellationToken cancellationToken)
    {
        if (document.IsDeleted)
        {
            return EditorialResult.NotAllowed(document.Id, "The item is in the recycle bin.");
        }

        var rows = await DocumentStore.CulturesAsync(session, document.Id, cancellationToken);
        var targets = rows.Where(r => r.PublishedVersion is not null && cultures.Contains(r.Culture, StringComparer.OrdinalIgnoreCase)).ToList();
        if (schedule is not null && targets.Count == 0)
        {
            return EditorialResult.Invalid(document.Id, FieldNames.Culture, $"{string.Join(", ", cultures)} is not live, so there is nothing to unpublish.");
        }

        if (targets.Count == 0)
        {
            return EditorialResult.Unchanged(document.Id, document.HeadVersion);
        }

        foreach (var row in targets)
        {
            await PublishedProjection.UnpublishAsync(session.Db, document.Id, row.Culture, session.NowUtc, cancellationToken);
            row.PublishedVersion = null;
            row.PublishedUtc = null;
        }

        if (rows.All(r => r.PublishedVersion is null))
        {
            document.PublishedInvariantVersion = null;
        }

        document.Touch(session.User, session.NowUtc);
        await DocumentStore.RefreshStatesAsync(session, document, rows, cancellationToken);
        var unpublished = targets.Select(r => r.Culture).ToList();
        session.Audit(action, document.Id, unpublished, null, schedule is null ? null : $"Unpublish due {Describe(schedule.DueUtc)}, set by {schedule.CreatedByName}");
        session.Journal(document.Id, unpublished, ContentChangeKind.Published);
        return EditorialResult.Success(document.Id, document.HeadVersion);
    }

    /// <summary>
    /// Runs a publish (now or scheduled) past review: where the type needs it, only with a force
    /// reason, and a successful one then owes a retrospective review by another editor. The robots
    /// (imports, the scheduler) publish what people already decided on, so they pass as they are.
    /// </summary>
    private async Task<EditorialResult> PastReviewAsync(EditorialSession session, Document document, IReadOnlyCollection<string> cultures, string? forceReason, Func<Task<EditorialResult>> publish)
    {
        if (session.User.Id.StartsWith(ActingUser.SystemPrefix, StringComparison.Ordinal) || !options.Value.RequiresReview(document.Type))
        {
            return await publish();
        }

        var reason = forceReason?.Trim();
        if (string.IsNullOrEmpty(reason))
        {
            return EditorialResult.Invalid(document.Id, FieldNames.ForceReason,
                $"A {document.Type} needs review before it goes live: submit it for review, or force publish with a reason (another editor then reviews it afterwards).");
        }

        if (reason.Length > ReviewRequest.MaxNoteLength)
        {
            return EditorialResult.Invalid(document.Id, FieldNames.ForceReason, $"Keep the reason under {ReviewRequest.MaxNoteLength} characters.");
        }

        var result = await publish();
        if (result.Status == OperationStatus.Success)
        {
            var list = cultures.Select(c => c.ToLowerInvariant()).Order(StringComparer.Ordinal).ToList();
            session.Db.ReviewRequests.Add(new ReviewRequest(document.Id, ReviewKind.Retrospective, list, document.HeadVersion, reason, session.User, session.NowUtc));
            session.Audit(AuditAction.ForcePublished, document.Id, list, document.HeadVersion, reason);
        }

        return result;
    }

    /// <summary>
    /// Runs a publish (now or scheduled) past the content checks: where the type's errors block
    /// publishing and the working copy has errors in a language going live, only with a reason, which
    /// the audit keeps with the checks it overrode. One reason serves this gate and review's. The robots
    /// pass as they are, as they do review.
    /// </summary>
    /// <param name="version">The version going live: a reviewer approves the one submitted; else the working copy.</param>
    internal async Task<EditorialResult> PastChecksAsync(EditorialSession session, Document document, IReadOnlyCollection<string> cultures, string? forceReason, Func<Task<EditorialResult>> publish, int? version = null)
    {
        if (session.User.Id.StartsWith(ActingUser.SystemPrefix, StringComparison.Ordinal) || !checks.Value.BlocksPublishing(document.Type)
            || await DocumentStore.ValuesInSessionAsync(session, document.Id, version ?? document.HeadVersion, CancellationToken.None) is not { } values)
        {
            return await publish();
        }

        var going = cultures.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var reports = await checker.CheckAsync(document.Type, values);
        var errors = reports.Where(r => going.Contains(r.Culture)).SelectMany(r => r.Findings).Where(f => f.Severity == CheckSeverity.Error).ToList();
        if (errors.Count == 0)
        {
            return await publish();
        }

        var reason = forceReason?.Trim();
        var languages = errors.Select(e => e.Culture).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        if (string.IsNullOrEmpty(reason))
        {
            return EditorialResult.Invalid(document.Id, [new FieldError(FieldNames.ForceReason,
                $"The checks found {errors.Count} error(s) in {string.Join(", ", languages)}: mend them, or publish with a reason.")
            {
                Key = EditorialMessages.ChecksBlockPublishing,
                Values = [errors.Count.ToString(CultureInfo.InvariantCulture)],
            }]);
        }

        if (reason.Length > ReviewRequest.MaxNoteLength)
        {
            return EditorialResult.Invalid(document.Id, FieldNames.ForceReason, $"Keep the reason under {ReviewRequest.MaxNoteLength} characters.");
        }

        var result = await publish();
        if (result.Status == OperationStatus.Success)
        {
            var overridden = string.Join(", ", errors.Select(e => $"{e.Culture}:{e.Check}").Distinct(StringComparer.Ordinal));
            session.Audit(AuditAction.ChecksOverridden, document.Id, languages, version ?? document.HeadVersion, $"{reason} [{overridden}]");
        }

        return result;
    }

    private string Describe(DateTime utc) =>
        $"{clock.ToLocal(utc):yyyy-MM-dd HH:mm} {clock.TimeZone.Id} ({utc:yyyy-MM-dd HH:mm} UTC)";
}
