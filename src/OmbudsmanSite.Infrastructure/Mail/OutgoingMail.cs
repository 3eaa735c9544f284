namespace OmbudsmanSite.Infrastructure.Mail;

/// <summary>
/// One message in the queue (the database, so it survives a restart and an SMTP server that is down):
/// sent outside the request by <see cref="MailDelivery"/>, retried with backoff, claimed by one node at a
/// time. Once sent, its bodies are cleared: they may hold one-time links.
/// </summary>
public sealed class OutgoingMail
{
    public const int MaxSubjectLength = 300;

    // For EF Core.
    private OutgoingMail()
    {
    }

    public OutgoingMail(MailKind kind, MailRecipient to, ComposedMail mail, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(mail);
        Kind = kind;
        UserId = to.UserId;
        ToAddress = to.Address;
        ToName = to.Name;
        Subject = mail.Subject.Length > MaxSubjectLength ? mail.Subject[..MaxSubjectLength] : mail.Subject;
        TextBody = mail.Text;
        HtmlBody = mail.Html;
        CreatedUtc = nowUtc;
        NextAttemptUtc = nowUtc;
        Status = OutgoingMailStatus.Pending;
    }

    public long Id { get; private set; }

    public MailKind Kind { get; private set; }

    public string? UserId { get; private set; }

    public string ToAddress { get; private set; } = "";

    public string ToName { get; private set; } = "";

    public string Subject { get; private set; } = "";

    public string TextBody { get; private set; } = "";

    public string HtmlBody { get; private set; } = "";

    public DateTime CreatedUtc { get; private set; }

    public DateTime NextAttemptUtc { get; private set; }

    public int Attempts { get; private set; }

    public OutgoingMailStatus Status { get; private set; }

    public string? LastError { get; private set; }

    public DateTime? SentUtc { get; private set; }

    public string? ClaimedBy { get; private set; }

    public DateTime? ClaimedUntilUtc { get; private set; }

    public void MarkSent(DateTime nowUtc)
    {
        Attempts++;
        Status = OutgoingMailStatus.Sent;
        SentUtc = nowUtc;
        LastError = null;
        TextBody = "";
        HtmlBody = "";
        ClaimedBy = null;
        ClaimedUntilUtc = null;
    }

    /// <summary>A failed attempt: tried again at <paramref name="retryAtUtc"/>, or given up on (its bodies cleared) when null.</summary>
    public void MarkFailed(string error, DateTime? retryAtUtc)
    {
        Attempts++;
        LastError = error.Length > 1000 ? error[..1000] : error;
        ClaimedBy = null;
        ClaimedUntilUtc = null;
        if (retryAtUtc is { } next)
        {
            NextAttemptUtc = next;
            return;
        }

        Status = OutgoingMailStatus.Failed;
        TextBody = "";
        HtmlBody = "";
    }
}
