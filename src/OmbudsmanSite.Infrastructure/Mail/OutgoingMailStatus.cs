namespace OmbudsmanSite.Infrastructure.Mail;

public enum OutgoingMailStatus
{
    Pending,
    Sent,

    /// <summary>Given up on after <see cref="MailOptions.MaxAttempts"/>.</summary>
    Failed,
}
