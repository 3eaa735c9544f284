namespace OmbudsmanSite.Infrastructure.Mail;

/// <summary>What a message is about; each has its text in MailText.resx.</summary>
public enum MailKind
{
    /// <summary>A new account: a link to set its password.</summary>
    Invitation,

    /// <summary>"Forgot password": a link to set a new one (it also lifts a lockout).</summary>
    PasswordReset,

    /// <summary>Too many failed sign-ins locked the account: its owner is told, with a link to get back in.</summary>
    LockedOut,

    ReviewSubmitted,
    ReviewApproved,
    ReviewSentBack,
    ScheduleFailed,
}
