namespace OmbudsmanSite.Infrastructure.Mail;

/// <summary>"Site:Email:Smtp": the relay the site hands its messages to. The password belongs in a secret store or the environment, never in the repository.</summary>
public sealed class SmtpOptions
{
    /// <summary>Empty: no relay; messages are written to the pickup folder.</summary>
    public string Host { get; set; } = "";

    public int Port { get; set; } = 587;

    /// <summary>Require TLS: implicit TLS on port 465, STARTTLS on any other port. Off only for a relay on the same machine or network.</summary>
    public bool UseTls { get; set; } = true;

    public string UserName { get; set; } = "";

    public string Password { get; set; } = "";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
