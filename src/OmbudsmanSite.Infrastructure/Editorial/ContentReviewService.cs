using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Mail;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>
/// Review before publishing (GOV.UK's "2i"): a writer submits languages of the working copy with a
/// note; an editor other than her approves (publishing now or on a schedule) or sends it back with a
/// comment. A force publish leaves a retrospective review that another editor completes. Every step
/// is audited.
/// </summary>
public sealed class ContentReviewService(EditorialWriter writer, ContentPublishingService publishing, EditorialMail mail, IDbContextFactory<SiteDbContext> contexts)
{
    public Task<EditorialResult> SubmitAsync(Guid id, IReadOnlyCollection<string> cultures, string? note, ActingUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cultures);
        return writer.RunOnDocumentAsync(user, EditorialRight.SubmitForReview, id, async (session, document) =>
        {
            if (document.IsDeleted)
            {
                return EditorialResult.NotAllowed(id, "The item is in the recycle bin.");
            }

            var chosen = cultures.Select(c => c.Trim().ToLowerInvariant()).Where(c => c.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();
            if (chosen.Count == 0)
            {
                return EditorialResult.Invalid(id, FieldNames.Culture, "Choose at least one language to submit.");
            }

            if (chosen.FirstOrDefault(c => !session.User.Rights.MayEditCulture(c)) is { } foreign)
            {
                return EditorialResult.Forbidden(id, $"{session.User.Name} may not submit the {foreign} text: it is not a language she edits.");
            }

            var values = await DocumentStore.ValuesAsync(session.Db, id, document.HeadVersion, cancellationToken) ?? new ContentValues();
            if (chosen.FirstOrDefault(c => values.Culture(c) is null) is { } missing)
            {
                return EditorialResult.Invalid(id, FieldNames.Culture, $"The item has no {missing} text to submit.");
            }

            var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
            if (trimmed is { Length: > ReviewRequest.MaxNoteLength })
            {
                return EditorialResult.Invalid(id, FieldNames.ReviewNote, $"Keep the note under {ReviewRequest.MaxNoteLength} characters.");
            }

            // A new submission of a language replaces the one still waiting: the queue shows the latest text once.
            var waiting = await session.Db.ReviewRequests.Where(r => r.DocumentId == id && r.Kind == ReviewKind.Submission && r.Status == ReviewStatus.Pending).ToListAsync(cancellationToken);
            foreach (var old in waiting.Where(r => r.CultureList.Intersect(chosen).Any()))
            {
                old.Decide(ReviewStatus.Withdrawn, $"Replaced by {session.User.Name}'s submission of version {document.HeadVersion}.", session.User, session.NowUtc);
                session.Audit(AuditAction.ReviewWithdrawn, id, old.CultureList, old.VersionNumber, "replaced by a later submission");
            }

            var request = new ReviewRequest(id, ReviewKind.Submission, chosen, document.HeadVersion, trimmed, session.User, session.NowUtc);
            session.Db.ReviewRequests.Add(request);
            await session.Db.SaveChangesAsync(cancellationToken); // its id, for the result
            session.Audit(AuditAction.ReviewSubmitted, id, chosen, document.HeadVersion, trimmed);
            var rows = await DocumentStore.CulturesAsync(session, id, cancellationToken);
            await DocumentStore.RefreshStatesAsync(session, document, rows, cancellationToken); // "in review" from now
            await mail.ReviewSubmittedAsync(session.Db, request, Titles(rows), cancellationToken);
            session.AfterCommit(mail.Committed);
            return EditorialResult.Success(id, document.HeadVersion) with { RowId = request.Id };
        }, cancellationToken);
    }

    /// <summary>
    /// Approves a pending request whole: a submission is published now, or at <paramref name="publishAtUtc"/>
    /// (every language), a retrospective review is marked done. Nobody approves her own request.
    /// </summary>
    public Task<EditorialResult> ApproveAsync(long requestId, DateTime? publishAtUtc, string? comment, ActingUser user, string? forceReason = null, CancellationToken cancellationToken = default) =>
        DecideAsync(requestId, user, async (session, request, document) =>
        {
            if (request.Kind == ReviewKind.Retrospective)
            {
                request.Decide(ReviewStatus.Approved, Trimmed(comment), session.User, session.NowUtc);
                session.Audit(AuditAction.RetrospectiveReviewed, document.Id, request.CultureList, request.VersionNumber, Trimmed(comment));
                return EditorialResult.Success(document.Id, request.VersionNumber) with { RowId = request.Id };
            }

            var decision = new LanguageDecision(publishAtUtc is null ? ReviewVerdict.Approved : ReviewVerdict.Scheduled, publishAtUtc);
            return await DecideEachAsync(session, request, document, request.CultureList.ToDictionary(c => c, _ => decision), comment, forceReason, cancellationToken);
        }, cancellationToken);

    /// <summary>
    /// Decides a submission language by language: some published now, some scheduled (each at its own
    /// instant), the rest sent back to the author with <paramref name="comment"/> (required then). Every
    /// language of the request is decided; each part is audited, and the author is told.
    /// </summary>
    /// <param name="forceReason">
    /// Why the languages approved go live although the checks found errors in them, where the type's
    /// errors block publishing: the reviewer is held by the gate as the author is.
    /// </param>
    public Task<EditorialResult> DecideAsync(long requestId, IReadOnlyDictionary<string, LanguageDecision> decisions, string? comment, ActingUser user, string? forceReason = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        return DecideAsync(requestId, user, (session, request, document) => request.Kind == ReviewKind.Retrospective
            ? Task.FromResult(EditorialResult.NotAllowed(document.Id, "A review after a force publish is decided whole: mark it reviewed, or raise a concern."))
            : DecideEachAsync(session, request, document, decisions, comment, forceReason, cancellationToken), cancellationToken);
    }

    private async Task<EditorialResult> DecideEachAsync(EditorialSession session, ReviewRequest request, Document document, IReadOnlyDictionary<string, LanguageDecision> decisions, string? comment, string? forceReason, CancellationToken cancellationToken)
    {
        var cultures = request.CultureList;
        var chosen = new Dictionary<string, LanguageDecision>(decisions, StringComparer.OrdinalIgnoreCase);
        var errors = cultures.Where(c => !chosen.ContainsKey(c))
            .Select(c => new FieldError(FieldNames.ForCulture(c, FieldNames.ReviewDecision), $"Decide on the {c} text too: approve it, schedule it or send it back."))
            .Concat(cultures.Where(c => chosen.TryGetValue(c, out var d) && d is { Verdict: ReviewVerdict.Scheduled, PublishAtUtc: null })
                .Select(c => new FieldError(FieldNames.ForCulture(c, FieldNames.Schedule), $"Choose when the {c} text goes live.")))
            .ToList();
        var sentBack = cultures.Where(c => chosen.GetValueOrDefault(c)?.Verdict == ReviewVerdict.SentBack).ToList();
        var said = Trimmed(comment);
        errors.AddRange(CommentErrors(said, required: sentBack.Count > 0));
        if (errors.Count > 0)
        {
            return EditorialResult.Invalid(document.Id, errors);
        }

        var approved = cultures.Where(c => chosen[c].Verdict == ReviewVerdict.Approved).ToList();
        var scheduled = cultures.Where(c => chosen[c].Verdict == ReviewVerdict.Scheduled).ToList();
        if (approved.Count + scheduled.Count > 0 && await ChangedSinceAsync(session, document, request, cancellationToken) is { } changed)
        {
            return changed;
        }

        var result = approved.Count + scheduled.Count == 0
            ? EditorialResult.Success(document.Id, document.HeadVersion)
            : await publishing.PastChecksAsync(session, document, [.. approved, .. scheduled], forceReason, async () =>
            {
                foreach (var culture in scheduled)
                {
                    var done = await publishing.ScheduleCoreAsync(session, document, culture, ScheduleAction.Publish, chosen[culture].PublishAtUtc!.Value, cancellationToken);
                    if (!done.Succeeded)
                    {
                        return done with { Errors = [.. done.Errors.Select(e => e.Field == FieldNames.Schedule ? e with { Field = FieldNames.ForCulture(culture, FieldNames.Schedule) } : e)] };
                    }
                }

                return approved.Count > 0
                    ? await publishing.PublishCoreAsync(session, document, approved, request.VersionNumber, AuditAction.Publish, null, cancellationToken)
                    : EditorialResult.Success(document.Id, document.HeadVersion);
            }, request.VersionNumber);
        if (!result.Succeeded)
        {
            return result;
        }

        request.Decide(cultures.ToDictionary(c => c, c => chosen[c].Verdict), said, session.User, session.NowUtc);
        if (approved.Count > 0)
        {
            session.Audit(AuditAction.ReviewApproved, document.Id, approved, request.VersionNumber, said);
        }

        if (scheduled.Count > 0)
        {
            session.Audit(AuditAction.ReviewApproved, document.Id, scheduled, request.VersionNumber, $"scheduled; {said}".TrimEnd(' ', ';'));
        }

        if (sentBack.Count > 0)
        {
            session.Audit(AuditAction.ReviewSentBack, document.Id, sentBack, request.VersionNumber, said);
        }

        var rows = await DocumentStore.CulturesAsync(session, document.Id, cancellationToken);
        await DocumentStore.RefreshStatesAsync(session, document, rows, cancellationToken);
        var titles = Titles(rows);
        if (approved.Count + scheduled.Count > 0)
        {
            await mail.ReviewDecidedAsync(session.Db, request, MailKind.ReviewApproved, [.. approved, .. scheduled], session.User.Name, said, titles, cancellationToken);
        }

        if (sentBack.Count > 0)
        {
            await mail.ReviewDecidedAsync(session.Db, request, MailKind.ReviewSentBack, sentBack, session.User.Name, said, titles, cancellationToken);
        }

        session.AfterCommit(mail.Committed);
        return (approved.Count > 0 ? result : EditorialResult.Success(document.Id, request.VersionNumber)) with { RowId = request.Id };
    }

    /// <summary>Sends a request back to its author with a comment saying what to change (every language of a submission).</summary>
    public Task<EditorialResult> SendBackAsync(long requestId, string? comment, ActingUser user, CancellationToken cancellationToken = default) =>
        DecideAsync(requestId, user, async (session, request, document) =>
        {
            if (request.Kind == ReviewKind.Submission)
            {
                return await DecideEachAsync(session, request, document, request.CultureList.ToDictionary(c => c, _ => new LanguageDecision(ReviewVerdict.SentBack)), comment, null, cancellationToken);
            }

            var said = Trimmed(comment);
            if (CommentErrors(said, required: true).ToList() is { Count: > 0 } errors)
            {
                return EditorialResult.Invalid(document.Id, errors);
            }

            request.Decide(ReviewStatus.SentBack, said, session.User, session.NowUtc);
            session.Audit(AuditAction.ReviewSentBack, document.Id, request.CultureList, request.VersionNumber, said);
            return EditorialResult.Success(document.Id, request.VersionNumber) with { RowId = request.Id };
        }, cancellationToken);

    public async Task<ReviewRequest?> FindAsync(long requestId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ReviewRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken);
    }

    private Task<EditorialResult> DecideAsync(long requestId, ActingUser user, Func<EditorialSession, ReviewRequest, Document, Task<EditorialResult>> decide, CancellationToken cancellationToken) =>
        writer.RunAsync(user, EditorialRight.Publish, async session =>
        {
            var request = await session.Db.ReviewRequests.FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken);
            if (request is null || await DocumentStore.FindAsync(session, request.DocumentId, cancellationToken) is not { } document)
            {
                return EditorialResult.Invalid(null, FieldNames.ReviewNote, $"There is no review request {requestId}.");
            }

            if (request.Status != ReviewStatus.Pending)
            {
                return EditorialResult.NotAllowed(document.Id, $"This request was already decided ({request.Status}) by {request.DecidedByName}.");
            }

            if (request.SubmittedById == session.User.Id)
            {
                return EditorialResult.Forbidden(document.Id, request.Kind == ReviewKind.Retrospective
                    ? "You published this by force: another editor reviews it."
                    : "Nobody approves or sends back her own submission: another editor reviews it.");
            }

            if (document.IsDeleted)
            {
                return EditorialResult.NotAllowed(document.Id, "The item is in the recycle bin.");
            }

            return await decide(session, request, document);
        }, cancellationToken);

    /// <summary>Approval is of the text reviewed: if the submitted languages or the shared values changed since, it is refused.</summary>
    private static async Task<EditorialResult?> ChangedSinceAsync(EditorialSession session, Document document, ReviewRequest request, CancellationToken cancellationToken)
    {
        if (document.HeadVersion == request.VersionNumber)
        {
            return null;
        }

        var submitted = await DocumentStore.ValuesAsync(session.Db, document.Id, request.VersionNumber, cancellationToken);
        var head = await DocumentStore.ValuesAsync(session.Db, document.Id, document.HeadVersion, cancellationToken);
        if (submitted is not null && head is not null && head.InvariantEquals(submitted) && request.CultureList.All(c => head.Culture(c) == submitted.Culture(c)))
        {
            return null;
        }

        return EditorialResult.NotAllowed(document.Id,
            $"The item changed after it was submitted (version {request.VersionNumber}, now {document.HeadVersion}): send it back, or ask for the new text to be submitted.");
    }

    private static Dictionary<string, string> Titles(IEnumerable<DocumentCulture> rows) =>
        rows.ToDictionary(c => c.Culture, c => c.Title, StringComparer.OrdinalIgnoreCase);

    /// <summary>What is wrong with a decision's comment: missing where something is sent back (the author reads it), or too long.</summary>
    private static IEnumerable<FieldError> CommentErrors(string? said, bool required)
    {
        if (required && said is null)
        {
            yield return new FieldError(FieldNames.ReviewNote, "Say what should change: the author reads it.");
        }

        if (said is { Length: > ReviewRequest.MaxNoteLength })
        {
            yield return new FieldError(FieldNames.ReviewNote, $"Keep the comment under {ReviewRequest.MaxNoteLength} characters.");
        }
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
