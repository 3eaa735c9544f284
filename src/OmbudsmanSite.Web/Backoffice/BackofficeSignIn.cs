using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Infrastructure.Identity;

namespace OmbudsmanSite.Web.Backoffice;

/// <summary>
/// Identity's sign-in, with what the backoffice adds: each attempt audited; one password hash checked
/// and the same answer for an unknown address, a wrong password and a locked account, so the form
/// tells nobody which addresses exist or are locked; the owner of an account that locks is told by
/// e-mail, with a link that lets her back in; a disabled account told apart only after its password.
/// </summary>
public sealed class BackofficeSignIn(SignInManager<BackofficeUser> signIn, BackofficeAccounts accounts, SecurityAudit audit, IOptions<BackofficeOptions> options, SiteClock clock)
{
    private const int MaxLoggedAddressLength = 80;
    private static string? _unknownAccountHash;

    public TimeSpan LockoutDuration => options.Value.LockoutDuration;

    private UserManager<BackofficeUser> Users => signIn.UserManager;

    public async Task<SignInOutcome> PasswordSignInAsync(string email, string password)
    {
        ArgumentNullException.ThrowIfNull(email);
        var user = await Users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            // A hash check like a real account's, so the answer's timing does not tell which addresses exist.
            var hash = _unknownAccountHash ??= Users.PasswordHasher.HashPassword(new BackofficeUser(), Guid.NewGuid().ToString("N"));
            Users.PasswordHasher.VerifyHashedPassword(new BackofficeUser(), hash, password);
            await audit.RecordAsync(Anonymous, AuditAction.SignInFailed, $"unknown address {Shorten(email.Trim())}");
            return SignInOutcome.Failed;
        }

        if (await Users.IsLockedOutAsync(user))
        {
            // The hash is checked all the same, and the answer is a wrong password's: a locked account
            // neither answers faster nor says so (which would list staff addresses).
            await Users.CheckPasswordAsync(user, password);
            await audit.RecordAsync(user.AuditActor, AuditAction.SignInFailed, "the account is locked");
            return SignInOutcome.Failed;
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsNotAllowed && !await Users.CheckPasswordAsync(user, password))
        {
            result = SignInResult.Failed;
        }

        var outcome = await OutcomeAsync(user, result, "password");
        return outcome == SignInOutcome.LockedOut ? SignInOutcome.Failed : outcome;
    }

    /// <summary>The second step: a 6-digit authenticator code, or a recovery code.</summary>
    public async Task<SignInOutcome?> CodeSignInAsync(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return null;
        }

        var authenticatorCode = AuthenticatorTokenProvider.CodeIn(code);
        var isAuthenticatorCode = authenticatorCode is not null;
        var recoveryCode = new string([.. code.Where(c => !char.IsWhiteSpace(c))]).ToUpperInvariant();
        var result = authenticatorCode is not null
            ? await signIn.TwoFactorAuthenticatorSignInAsync(authenticatorCode, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(recoveryCode.Length == 10 ? recoveryCode[..5] + "-" + recoveryCode[5..] : recoveryCode);
        if (!isAuthenticatorCode && !result.Succeeded && !result.IsLockedOut)
        {
            await Users.AccessFailedAsync(user); // a wrong recovery code counts towards the lockout as a wrong authenticator code does
            result = await Users.IsLockedOutAsync(user) ? SignInResult.LockedOut : result;
        }

        return await OutcomeAsync(user, result, isAuthenticatorCode ? "authenticator code" : "recovery code");
    }

    private async Task<SignInOutcome> OutcomeAsync(BackofficeUser user, SignInResult result, string method)
    {
        var actor = user.AuditActor;
        if (result.Succeeded)
        {
            user.LastSignInUtc = clock.UtcNow;
            await Users.UpdateAsync(user);
            await audit.RecordAsync(actor, AuditAction.SignIn, method);
            return SignInOutcome.SignedIn;
        }

        if (result.RequiresTwoFactor)
        {
            return SignInOutcome.CodeNeeded;
        }

        if (result.IsLockedOut)
        {
            // This attempt locked it (a locked account never gets this far): its owner is told, with a way back in.
            await audit.RecordAsync(actor, AuditAction.LockedOut, $"{method}: locked until {(await Users.GetLockoutEndDateAsync(user))?.UtcDateTime:u}");
            await accounts.SendLockoutNoticeAsync(user);
            return SignInOutcome.LockedOut;
        }

        if (result.IsNotAllowed)
        {
            await audit.RecordAsync(actor, AuditAction.SignInFailed, "the account is disabled");
            return SignInOutcome.Disabled;
        }

        await audit.RecordAsync(actor, AuditAction.SignInFailed, $"wrong {method}");
        return SignInOutcome.Failed;
    }

    private static ActingUser Anonymous { get; } = new("anonymous", "(not signed in)") { Rights = Core.Security.EditorialRights.Nothing };

    private static string Shorten(string text) => text.Length > MaxLoggedAddressLength ? text[..MaxLoggedAddressLength] + "…" : text;
}
