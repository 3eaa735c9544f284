using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Infrastructure.Identity;

namespace OmbudsmanSite.Web.Backoffice;

/// <summary>
/// An editor's circuit outlives the request that opened it, so the cookie's security-stamp check does
/// not reach it: this checks the stamp on the same interval, and a session signed out everywhere,
/// disabled or with a changed password loses the circuit's rights within minutes. A circuit makes no
/// requests, so it never slides the cookie: one open longer than the session lasts ends as the
/// session would have, and the editor then saves nothing until its user signs in again.
/// </summary>
public sealed class BackofficeAuthenticationState(ILoggerFactory loggerFactory, IServiceScopeFactory scopes, IOptions<BackofficeOptions> options, IOptions<IdentityOptions> identity, TimeProvider time)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    private readonly DateTimeOffset _opened = time.GetUtcNow();

    private static readonly TimeSpan ShortestInterval = TimeSpan.FromSeconds(30);

    // Every request sets a state, which starts a revalidation loop until its scope ends: an interval
    // of zero (the cookie checks every request) would make that loop spin.
    protected override TimeSpan RevalidationInterval =>
        options.Value.SecurityStampInterval > ShortestInterval ? options.Value.SecurityStampInterval : ShortestInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(authenticationState);
        if (time.GetUtcNow() - _opened > options.Value.SessionDuration)
        {
            return false;
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<BackofficeUser>>();
        var principal = authenticationState.User;
        if (await users.GetUserAsync(principal) is not { } user || user.IsDisabled)
        {
            return false;
        }

        if (!users.SupportsUserSecurityStamp)
        {
            return true;
        }

        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        return stamp == await users.GetSecurityStampAsync(user);
    }
}
