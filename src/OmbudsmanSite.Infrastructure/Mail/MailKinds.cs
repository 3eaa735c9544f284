namespace OmbudsmanSite.Infrastructure.Mail;

public static class MailKinds
{
    /// <summary>The notifications each user may turn off; the account messages (invitation, reset, lockout) always go.</summary>
    public static IReadOnlyList<MailKind> Optional { get; } = [MailKind.ReviewSubmitted, MailKind.ReviewApproved, MailKind.ReviewSentBack, MailKind.ScheduleFailed];

    public static bool IsOptional(MailKind kind) => Optional.Contains(kind);
}
