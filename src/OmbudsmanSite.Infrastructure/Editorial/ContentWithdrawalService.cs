using System.Globalization;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>
/// Withdrawing a published item, after GOV.UK: it is no longer current, so it leaves lists, feeds and
/// default search, but keeps its page at its address with a notice (when, and a public explanation in
/// each live language), and stays searchable when asked. Undoing it lists the item again.
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

    private static async Task<List<string>> LiveCulturesAsync(EditorialSession session, Guid id, CancellationToken cancellationToken) =>
        [.. (await DocumentStore.CulturesAsync(session, id, cancellationToken)).Where(c => c.PublishedVersion is not null).Select(c => c.Culture).Order(StringComparer.Ordinal)];
}
