using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Infrastructure.Identity;

namespace OmbudsmanSite.Infrastructure.Mail;

/// <summary>The messages about an account itself (invitation, new password, lockout): always sent, whatever the user's notification choices.</summary>
public sealed class AccountMail(MailOutbox queue, IBackofficeLinks links, SiteCultures cultures, SiteClock clock, IOptions<BackofficeOptions> backoffice)
{
    public Task InvitationAsync(BackofficeUser user, string token, string invitedBy, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var to = RecipientOf(user);
        return SendAsync(MailKind.Invitation, to, [MailText.Format("Invitation_Body", to.Culture, invitedBy), LinkLifetime(to)], links.SetPassword(user.Id, token), cancellationToken);
    }

    public Task PasswordResetAsync(BackofficeUser user, string token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var to = RecipientOf(user);
        return SendAsync(MailKind.PasswordReset, to, [MailText.Get("PasswordReset_Body", to.Culture), LinkLifetime(to)], links.SetPassword(user.Id, token), cancellationToken);
    }

    public Task LockedOutAsync(BackofficeUser user, string token, DateTime untilUtc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var to = RecipientOf(user);
        var until = $"{clock.ToLocalText(untilUtc)} ({MailText.Get("BakuTime", to.Culture)})";
        return SendAsync(MailKind.LockedOut, to,
            [MailText.Format("LockedOut_Body", to.Culture, backoffice.Value.MaxFailedSignIns, until), LinkLifetime(to)], links.SetPassword(user.Id, token), cancellationToken);
    }

    /// <summary>A user as a recipient: her address, her name, her backoffice language (the site's default when she follows her browser's).</summary>
    public MailRecipient RecipientOf(BackofficeUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var culture = cultures.TryGet(user.UiCulture, out var chosen) ? chosen.Code : cultures.Default.Code;
        return new MailRecipient(user.Id, user.Email ?? "", user.ShownName, culture);
    }

    private string LinkLifetime(MailRecipient to) => MailText.Format("LinkValidFor", to.Culture, (int)backoffice.Value.SetPasswordLinkLifetime.TotalMinutes);

    private Task SendAsync(MailKind kind, MailRecipient to, IReadOnlyList<string> paragraphs, string link, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(to.Address)
            ? Task.CompletedTask
            : queue.EnqueueAsync(kind, to, MailComposer.Compose(kind, to, paragraphs, link, MailText.Get("FooterAccount", to.Culture)), cancellationToken);
}
