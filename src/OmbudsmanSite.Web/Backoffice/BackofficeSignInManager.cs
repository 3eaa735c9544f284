using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Infrastructure.Identity;

namespace OmbudsmanSite.Web.Backoffice;

/// <summary>
/// Identity's sign-in, with a server-side session behind every cookie: signing in starts one (its id
/// is a claim), refreshing the cookie keeps it, signing out ends it, so a copied cookie stops working
/// the moment its session ends.
/// </summary>
public sealed class BackofficeSignInManager(
    UserManager<BackofficeUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<BackofficeUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<BackofficeUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<BackofficeUser> confirmation,
    BackofficeSessionStore sessions)
    : SignInManager<BackofficeUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task SignInWithClaimsAsync(BackofficeUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        ArgumentNullException.ThrowIfNull(user);
        // A refresh of this user's own cookie (a new language, two-factor turned on) stays the same session.
        var current = Context.User;
        var session = current.FindFirstValue(ClaimTypes.NameIdentifier) == user.Id && current.FindFirstValue(BackofficeClaims.SessionId) is { } held
            && await sessions.StampOfActiveAsync(current) is not null
            ? held
            : await sessions.StartAsync(user.Id);
        await base.SignInWithClaimsAsync(user, authenticationProperties, [.. additionalClaims, new Claim(BackofficeClaims.SessionId, session)]);
    }

    public override async Task SignOutAsync()
    {
        if (Context.User.FindFirstValue(BackofficeClaims.SessionId) is { } session)
        {
            await sessions.EndAsync(session, SessionEndReason.SignedOut);
        }

        await base.SignOutAsync();
    }

    /// <summary>
    /// The cookie's check on every request: its session must still stand, then Identity's own
    /// security-stamp check runs (which refreshes the claims now and then, keeping the session's id).
    /// </summary>
    public static async Task ValidatePrincipalAsync(Microsoft.AspNetCore.Authentication.Cookies.CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var sessions = context.HttpContext.RequestServices.GetRequiredService<BackofficeSessionStore>();
        if (await sessions.StampOfActiveAsync(context.Principal, context.HttpContext.RequestAborted) is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    /// <summary>A cookie whose claims are re-made after a stamp check keeps its session.</summary>
    public static Task KeepSessionAsync(SecurityStampRefreshingPrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.CurrentPrincipal?.FindFirst(BackofficeClaims.SessionId) is { } session && context.NewPrincipal?.Identity is ClaimsIdentity identity)
        {
            identity.AddClaim(new Claim(BackofficeClaims.SessionId, session.Value));
        }

        return Task.CompletedTask;
    }
}
