namespace OmbudsmanSite.Infrastructure.Mail;

/// <summary>
/// The backoffice addresses a message links to, absolute: the web host knows its addresses and its
/// origin (the configured public address, else the requests it serves).
/// </summary>
public interface IBackofficeLinks
{
    string SetPassword(string userId, string token);

    string Review(long requestId);

    string Item(Guid id);

    string Account();
}
