namespace OmbudsmanSite.Infrastructure.Mail;

/// <summary>
/// "Site:Email": how the backoffice's messages leave. With no SMTP host they are written as .eml
/// files to <see cref="PickupFolder"/> in the data folder (the development default), never lost.
/// </summary>
public sealed class MailOptions
{
    public const string SectionName = "Site:Email";

    /// <summary>The sender, as "Name &lt;address&gt;" or a bare address.</summary>
    public string From { get; set; } = "Ombudsman backoffice <no-reply@localhost>";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Where messages go when no SMTP host is set, relative to the data folder.</summary>
    public string PickupFolder { get; set; } = "mail";

    /// <summary>Attempts before a message is given up on (each failure waits longer: <see cref="FirstRetry"/>, doubled, up to <see cref="LongestRetry"/>).</summary>
    public int MaxAttempts { get; set; } = 12;

    public TimeSpan FirstRetry { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan LongestRetry { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often the queue is looked at when nothing wakes the sender (messages queued on another node, retries).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long one node holds a message it is sending before another may try it.</summary>
    public TimeSpan ClaimDuration { get; set; } = TimeSpan.FromMinutes(2);

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Smtp.Host);
}
