using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace OmbudsmanSite.Infrastructure.Identity;

/// <summary>Adds the display name, interface language and translator cultures to Identity's claims (id, e-mail, roles, security stamp).</summary>
public sealed class BackofficeClaimsFactory(UserManager<BackofficeUser> users, RoleManager<BackofficeRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<BackofficeUser, BackofficeRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(BackofficeUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(BackofficeClaims.DisplayName, user.ShownName));
        if (user.UiCulture.Length > 0)
        {
            identity.AddClaim(new Claim(BackofficeClaims.UiCulture, user.UiCulture));
        }

        identity.AddClaims(user.TranslatorCultures.Select(c => new Claim(BackofficeClaims.TranslatorCulture, c)));

        // Re-made at every security-stamp check, so the mark goes exactly when two-factor sign-in is set up.
        var held = await UserManager.GetRolesAsync(user);
        if (!user.TwoFactorEnabled && RoleManager.Roles.Any(r => r.RequiresTwoFactor && held.Contains(r.Name!)))
        {
            identity.AddClaim(new Claim(BackofficeClaims.MustEnrolTwoFactor, "true"));
        }
        return identity;
    }
}
