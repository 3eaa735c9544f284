using System.Security.Claims;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;

namespace OmbudsmanSite.Infrastructure.Identity;

/// <summary>The claims a backoffice session carries, and the acting user the services are given for it.</summary>
public static class BackofficeClaims
{
    public const string DisplayName = "ombudsman:name";
    public const string TranslatorCulture = "ombudsman:translator-culture";
    public const string UiCulture = "ombudsman:ui-culture";

    /// <summary>The server-side session the cookie belongs to (<see cref="BackofficeSessionStore"/>).</summary>
    public const string SessionId = "ombudsman:sid";

    /// <summary>Present while a role requires two-factor sign-in and the account has not set it up: only the set-up page opens.</summary>
    public const string MustEnrolTwoFactor = "ombudsman:must-enrol-2fa";

    /// <summary>Null for a principal that is not a signed-in backoffice user.</summary>
    public static ActingUser? ToActingUser(ClaimsPrincipal? principal)
    {
        var id = principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        if (principal?.Identity?.IsAuthenticated != true || string.IsNullOrEmpty(id))
        {
            return null;
        }

        var name = principal.FindFirstValue(DisplayName) is { Length: > 0 } display ? display : principal.Identity.Name ?? id;
        var roles = principal.FindAll(ClaimTypes.Role).Select(c => c.Value);
        var cultures = principal.FindAll(TranslatorCulture).Select(c => c.Value);
        return new ActingUser(id, name) { Rights = EditorialRights.ForRoles(roles, cultures) };
    }
}
