using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Infrastructure.Identity;

namespace OmbudsmanSite.Web.Backoffice;

/// <summary>
/// Signed, expiring preview addresses: the token names the item and the culture and carries its own
/// end (data protection, keys shared by every node), so a reviewer without an account can open it,
/// and nobody can make one for another item or make it last longer.
/// </summary>
public sealed class PreviewLinks
{
    private readonly ITimeLimitedDataProtector _protector;
    private readonly IOptions<BackofficeOptions> _options;

    public PreviewLinks(IDataProtectionProvider provider, IOptions<BackofficeOptions> options)
    {
        ArgumentNullException.ThrowIfNull(provider);
        _protector = provider.CreateProtector("OmbudsmanSite.Backoffice.Preview").ToTimeLimitedDataProtector();
        _options = options;
    }

    public string For(Guid id, string culture) =>
        $"{BackofficeAddresses.Preview}/{culture}/{_protector.Protect($"{id:N}.{culture}", DateTimeOffset.UtcNow + _options.Value.PreviewLinkLifetime)}";

    /// <summary>The item of a token made for <paramref name="culture"/>, or null when the token is not one, was made for another culture, or has expired.</summary>
    public Guid? Read(string culture, string token)
    {
        try
        {
            return _protector.Unprotect(token).Split('.', 2) is [var id, var signedCulture]
                && string.Equals(signedCulture, culture, StringComparison.OrdinalIgnoreCase) && Guid.TryParseExact(id, "N", out var item)
                ? item
                : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
