using OmbudsmanSite.Infrastructure.Mail;

namespace OmbudsmanSite.Infrastructure.Tests.Support;

/// <summary>Backoffice links as the web host would make them, on a test origin.</summary>
public sealed class TestLinks : IBackofficeLinks
{
    public const string Origin = "https://backoffice.test";

    public string SetPassword(string userId, string token) => $"{Origin}/backoffice/set-password?user={Uri.EscapeDataString(userId)}&token={Uri.EscapeDataString(token)}";

    public string Review(long requestId) => $"{Origin}/backoffice/review/{requestId}";

    public string Item(Guid id) => $"{Origin}/backoffice/content/{id:D}";

    public string Account() => $"{Origin}/backoffice/account";
}
