using MimeKit;

namespace OmbudsmanSite.Infrastructure.Mail;

/// <summary>Where a message is handed over: an SMTP relay, or the pickup folder.</summary>
public interface IMailTransport
{
    /// <summary>A sentence for people: where messages go (the users page shows it to administrators).</summary>
    string Describe();

    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
