using Microsoft.EntityFrameworkCore;
using System.Globalization;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>
/// Taking a published item off the public record, the two ways GOV.UK does. Withdrawn: it is no longer
/// current, so it leaves lists, feeds and default search, but keeps its page at its address with a
/// notice (when, and a public explanation in each live language), and stays searchable when asked;
/// undoing it lists the item again. Published in error: it should never have been public, so it goes
/// to the recycle bin, its addresses answering 410 or sending visitors to the item that replaces it.
/// </summary>
public sealed class ContentWithdrawalService(EditorialWriter writer)
{
    public const int MaxExplanationLength = 1000;

    /// <param name="explanations">The public explanation per culture; every live culture needs one.</param>
    /// <param name="withdrawnUtc">The withdrawal's date when it is not now (an import keeps the one it carries).</param>
    public Task<EditorialResult> WithdrawAsync(Guid id, IReadOnlyDictionary<string, string?> explanations, ActingUser user, DateTime? withdrawnUtc = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(explanations);
        return writer.RunOnDocumentAsync(user, EditorialRight.Publish, id, async (session, document) =>
        {
            if (document.IsDeleted)
            {
                return EditorialResult.NotAllowed(id, "The item is in the recycle bin.");
            }

            var live = await LiveCulturesAsync(session, id, cancellationToken);
            if (live.Count == 0)
            {
                return EditorialResult.Invalid(id, [new FieldError("", "Only a published item can be withdrawn; a draft is simply not published.") { Key = EditorialMessages.WithdrawalNeedsPublishedItem }]);
            }

            var errors = new List<FieldError>();
            var text = LocalizedText.Empty;
            foreach (var culture in live)
            {
                var field = FieldNames.ForCulture(culture, FieldNames.Withdrawal);
                var explanation = explanations.TryGetValue(culture, out var written) ? written?.Trim() : null;
                if (string.IsNullOrEmpty(explanation))
                {
                    errors.Add(new FieldError(field, $"Explain the withdrawal in {culture}: readers of that language see it on the page.") { Key = EditorialMessages.WithdrawalExplanationMissing });
                }
                else if (explanation.Length > MaxExplanationLength)
                {
                    errors.Add(new FieldError(field, $"Keep the explanation under {MaxExplanationLength} characters.")
                    {
                        Key = EditorialMessages.WithdrawalExplanationTooLong,
                        Values = [MaxExplanationLength.ToString(CultureInfo.InvariantCulture)],
                    });
                }
                else
                {
                    text = text.With(culture, explanation);
                }
            }

            if (errors.Count > 0)
            {
                return EditorialResult.Invalid(id, errors);
            }

            var at = withdrawnUtc is { } given ? DateTime.SpecifyKind(given, DateTimeKind.Utc) : session.NowUtc;
            if (document.IsWithdrawn && document.WithdrawalExplanation.Equals(text) && (withdrawnUtc is null || document.WithdrawnUtc == at))
            {
                return EditorialResult.Unchanged(id, document.HeadVersion);
            }

            if (withdrawnUtc is not null)
            {
                document.Reinstate(); // the date given replaces the one kept
            }

            document.Withdraw(at, text);
            document.Touch(session.User, session.NowUtc);
            await PublishedProjection.ShowWithdrawalAsync(session.Db, document, session.NowUtc, cancellationToken);
            session.Audit(AuditAction.Withdrawn, id, live, document.HeadVersion, string.Join(" | ", text.Values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key}: {v.Value}")));
            session.Journal(id, live, ContentChangeKind.Published);
            return EditorialResult.Success(id, document.HeadVersion);
        }, cancellationToken);
    }

    /// <summary>Lists the item again, as it was before its withdrawal.</summary>
    public Task<EditorialResult> UndoAsync(Guid id, ActingUser user, CancellationToken cancellationToken = default) =>
        writer.RunOnDocumentAsync(user, EditorialRight.Publish, id, async (session, document) =>
        {
            if (!document.IsWithdrawn)
            {
                return EditorialResult.Unchanged(id, document.HeadVersion);
            }

            document.Reinstate();
            document.Touch(session.User, session.NowUtc);
            await PublishedProjection.ShowWithdrawalAsync(session.Db, document, session.NowUtc, cancellationToken);
            var live = await LiveCulturesAsync(session, id, cancellationToken);
            session.Audit(AuditAction.WithdrawalUndone, id, live, document.HeadVersion);
            session.Journal(id, live, ContentChangeKind.Published);
            return EditorialResult.Success(id, document.HeadVersion);
        }, cancellationToken);

    /// <summary>
    /// Removes an item that was published in error: it goes to the recycle bin (every language leaves the
    /// site, schedules are cancelled), and its addresses answer 410, or, given <paramref name="replacementId"/>,
    /// send visitors there (301) in each language that item is live in. Restoring it from the bin gives
    /// it its addresses back.
    /// </summary>
    public Task<EditorialResult> RemovePublishedInErrorAsync(Guid id, Guid? replacementId, ActingUser user, CancellationToken cancellationToken = default) =>
        writer.RunOnDocumentAsync(user, EditorialRight.Delete, id, async (session, document) =>
        {
            // Taking it off the site is a publisher's decision; sending its visitors elsewhere, a redirect's.
            EditorialRight[] needed = replacementId is null ? [EditorialRight.Publish] : [EditorialRight.Publish, EditorialRight.ManageRedirects];
            foreach (var right in needed.Where(r => !session.User.Rights.Allows(r)))
            {
                return EditorialResult.Forbidden(id, $"{session.User.Name} may not do this ({right}).");
            }

            if (document.IsDeleted)
            {
                return EditorialResult.NotAllowed(id, "The item is in the recycle bin.");
            }

            var live = await LiveCulturesAsync(session, id, cancellationToken);
            if (live.Count == 0)
            {
                return EditorialResult.Invalid(id, [new FieldError("", "Only a published item can be removed as published in error; a draft can simply be deleted.") { Key = EditorialMessages.RemovalNeedsPublishedItem }]);
            }

            var (sentTo, replacementTitle) = (new List<string>(), (string?)null);
            if (replacementId is { } replacement)
            {
                FieldError? refusal;
                (sentTo, replacementTitle, refusal) = await ReplacementAsync(session, id, replacement, live, cancellationToken);
                if (refusal is not null)
                {
                    return EditorialResult.Invalid(id, [refusal]);
                }
            }

            var (rows, _) = await RecycleBin.MoveInAsync(session, document, "The item was removed as published in error.", cancellationToken);
            foreach (var row in rows.Where(r => sentTo.Contains(r.Culture)))
            {
                await session.Db.Redirects.Where(r => r.Culture == row.Culture && r.DocumentType == row.DocumentType && r.Slug == row.Slug).ExecuteDeleteAsync(cancellationToken);
                session.Db.Redirects.Add(new Redirect(row.Culture, row.DocumentType, row.Slug, replacementId, RedirectKind.PublishedInError, session.User, session.NowUtc));
            }

            session.Audit(AuditAction.RemovedPublishedInError, id, live, document.HeadVersion,
                sentTo.Count == 0 ? rows.FirstOrDefault()?.Title : $"{rows.FirstOrDefault()?.Title} → {replacementTitle} ({string.Join(", ", sentTo)})");
            session.Journal(id, live, ContentChangeKind.Published);
            return EditorialResult.Success(id, document.HeadVersion);
        }, cancellationToken);

    /// <summary>
    /// The languages of <paramref name="live"/> whose visitors <paramref name="replacementId"/> can take
    /// (those it is live in) and its title in the first of them; or why it cannot take any.
    /// </summary>
    private static async Task<(List<string> SentTo, string? Title, FieldError? Refusal)> ReplacementAsync(EditorialSession session, Guid id, Guid replacementId, IReadOnlyList<string> live, CancellationToken cancellationToken)
    {
        if (replacementId == id)
        {
            return ([], null, new FieldError(FieldNames.Replacement, "An item cannot replace itself.") { Key = EditorialMessages.ReplacementIsTheItem });
        }

        if (await DocumentStore.FindAsync(session, replacementId, cancellationToken) is not { IsDeleted: false })
        {
            return ([], null, new FieldError(FieldNames.Replacement, $"There is no item {replacementId} to send visitors to.") { Key = EditorialMessages.ReplacementMissing });
        }

        var rows = await DocumentStore.CulturesAsync(session, replacementId, cancellationToken);
        List<string> sentTo = [.. live.Where(c => rows.Any(r => r.Culture == c && r.PublishedVersion is not null))];
        return sentTo.Count > 0
            ? (sentTo, rows.First(r => r.Culture == sentTo[0]).Title, null)
            : ([], null, new FieldError(FieldNames.Replacement, $"The replacement is not published in {string.Join(", ", live)}, so visitors could not be sent there.") { Key = EditorialMessages.ReplacementNotLive });
    }

    private static async Task<List<string>> LiveCulturesAsync(EditorialSession session, Guid id, CancellationToken cancellationToken) =>
        [.. (await DocumentStore.CulturesAsync(session, id, cancellationToken)).Where(c => c.PublishedVersion is not null).Select(c => c.Culture).Order(StringComparer.Ordinal)];
}
