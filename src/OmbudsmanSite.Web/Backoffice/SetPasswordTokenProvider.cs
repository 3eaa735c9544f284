using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

using OmbudsmanSite.Infrastructure.Identity;

namespace OmbudsmanSite.Web.Backoffice;

/// <summary>
/// Set-password links (invitations, "forgot password", the lockout message): Identity's data-protection
/// token, bound to the account's <see cref="BackofficeUser.SetPasswordLinkVersion"/>, so making a new link
/// stops every older one; setting the password changes the security stamp, which stops this one too.
/// </summary>
public sealed class SetPasswordTokenProvider(IDataProtectionProvider dataProtectionProvider, IOptions<DataProtectionTokenProviderOptions> options, ILogger<DataProtectorTokenProvider<BackofficeUser>> logger)
    : DataProtectorTokenProvider<BackofficeUser>(dataProtectionProvider, options, logger)
{
    public const string ProviderName = "SetPassword";

    public override Task<string> GenerateAsync(string purpose, UserManager<BackofficeUser> manager, BackofficeUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return base.GenerateAsync(Versioned(purpose, user), manager, user);
    }

    public override Task<bool> ValidateAsync(string purpose, string token, UserManager<BackofficeUser> manager, BackofficeUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return base.ValidateAsync(Versioned(purpose, user), token, manager, user);
    }

    private static string Versioned(string purpose, BackofficeUser user) => $"{purpose}:{user.SetPasswordLinkVersion}";
}
