using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Infrastructure.Identity;

namespace OmbudsmanSite.Web.Backoffice;

/// <summary>
/// An editor's circuit outlives the request that opened it, so the cookie's checks do not reach it:
/// this checks, every <see cref="BackofficeOptions.SessionCheckInterval"/>, that the circuit's session
/// still stands and its account's security stamp is unchanged. A session signed out (here or
/// everywhere), disabled, or with rights taken away loses the circuit's rights within seconds. A
/// circuit makes no requests, so it never slides the cookie: one open longer than the session lasts
/// ends as the session would have, and the editor then saves nothing until its user signs in again.
/// </summary>
public sealed class BackofficeAuthenticationState(ILoggerFactory loggerFactory, BackofficeSessionStore sessions, IOptions<BackofficeOptions> options, IOptions<IdentityOptions> identity, TimeProvider time)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    private readonly DateTimeOffset _opened = time.GetUtcNow();

    private static readonly TimeSpan ShortestInterval = TimeSpan.FromSeconds(1);

    // Every request sets a state, which starts a revalidation loop until its scope ends: an interval
    // of zero would make that loop spin.
    protected override TimeSpan RevalidationInterval =>
        options.Value.SessionCheckInterval > ShortestInterval ? options.Value.SessionCheckInterval : ShortestInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(authenticationState);
        if (time.GetUtcNow() - _opened > options.Value.SessionDuration)
        {
            return false;
        }

        var principal = authenticationState.User;
        return await sessions.StampOfActiveAsync(principal, cancellationToken) is { } stamp
            && stamp == principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
    }
}
