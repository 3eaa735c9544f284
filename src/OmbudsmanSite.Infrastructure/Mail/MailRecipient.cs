namespace OmbudsmanSite.Infrastructure.Mail;

/// <summary>Who a message goes to, and the language it is written in (her backoffice language).</summary>
public sealed record MailRecipient(string? UserId, string Address, string Name, string Culture);
