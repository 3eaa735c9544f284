using Microsoft.AspNetCore.Identity;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Infrastructure.Mail;

namespace OmbudsmanSite.Infrastructure.Identity;

/// <summary>Creating accounts and the roles they hold; every change is audited.</summary>
public sealed class BackofficeAccounts(UserManager<BackofficeUser> users, RoleManager<BackofficeRole> roles, SecurityAudit audit, BackofficeSessionStore sessions, AccountMail mail, SiteClock clock)
{
    /// <summary>Creates the four roles when missing; administrators must use two-factor sign-in from the start.</summary>
    public async Task EnsureRolesAsync()
    {
        foreach (var name in BackofficeRoles.All)
        {
            if (await roles.FindByNameAsync(name) is null)
            {
                var created = await roles.CreateAsync(new BackofficeRole(name) { RequiresTwoFactor = name == BackofficeRoles.Administrator });
                if (!created.Succeeded)
                {
                    throw new InvalidOperationException($"Role {name} could not be created: {Describe(created)}");
                }
            }
        }
    }

    /// <summary>
    /// A new account with its name, roles, translator cultures and interface language, and the
    /// password when one is given (otherwise it is set through a link). One call, one audit line.
    /// </summary>
    public async Task<(IdentityResult Result, BackofficeUser? User)> CreateAsync(string email, AccountChanges account, string? password, ActingUser by)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(by);
        if (!by.Rights.Allows(EditorialRight.ManageUsers))
        {
            return (await RefuseAsync(by), null);
        }

        await EnsureRolesAsync();
        var roleNames = account.Roles;
        if (roleNames.FirstOrDefault(r => !BackofficeRoles.IsKnown(r)) is { } unknown)
        {
            return (IdentityResult.Failed(new IdentityError { Code = "UnknownRole", Description = $"There is no role {unknown}." }), null);
        }

        var user = new BackofficeUser
        {
            UserName = email.Trim(),
            Email = email.Trim(),
            DisplayName = account.DisplayName.Trim(),
            TranslatorCultures = [.. account.TranslatorCultures.Distinct(StringComparer.OrdinalIgnoreCase)],
            UiCulture = account.UiCulture ?? "",
            EmailConfirmed = true,
            CreatedUtc = clock.UtcNow,
        };
        var result = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            return (result, null);
        }

        var added = await users.AddToRolesAsync(user, roleNames);
        if (!added.Succeeded)
        {
            await users.DeleteAsync(user);
            return (added, null);
        }

        await audit.RecordAsync(by, AuditAction.UserCreated,
            $"{user.Email}: roles {string.Join(", ", roleNames)}; cultures {string.Join(", ", user.TranslatorCultures)}; name {user.DisplayName}");
        return (IdentityResult.Success, user);
    }

    /// <summary>
    /// A one-time token for the set-password page: it stops working once a password is set, when a newer
    /// link is made, or after <see cref="BackofficeOptions.SetPasswordLinkLifetime"/>.
    /// </summary>
    public async Task<string> SetPasswordTokenAsync(BackofficeUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        user.SetPasswordLinkVersion++;
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            throw new InvalidOperationException($"The set-password link of {user.Email} could not be made: {Describe(updated)}");
        }

        return await users.GeneratePasswordResetTokenAsync(user);
    }

    /// <summary>
    /// Sets the password from a link. It also lifts a lockout (the link reached the account's own
    /// mailbox), and ends every session of the account.
    /// </summary>
    public async Task<IdentityResult> SetPasswordAsync(string userId, string token, string password)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return IdentityResult.Failed(new IdentityError { Code = "InvalidToken", Description = "This link is not valid or has expired." });
        }

        var result = await users.ResetPasswordAsync(user, token, password);
        if (result.Succeeded)
        {
            await sessions.EndAllAsync(user.Id, SessionEndReason.PasswordChanged); // a new password is a fresh start everywhere
            var wasLocked = await users.IsLockedOutAsync(user);
            await LiftLockoutAsync(user);
            await audit.RecordAsync(user.AuditActor, AuditAction.PasswordSet, wasLocked ? $"{user.Email}; the lockout is lifted" : user.Email);
        }

        return result;
    }

    /// <summary>
    /// "Forgot password": a link to the address when it is an active account's, nothing otherwise. The
    /// caller answers the same either way, so the form tells nobody which addresses exist.
    /// </summary>
    public async Task RequestPasswordResetAsync(string email, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(email);
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null || user.IsDisabled)
        {
            await audit.RecordAsync(SystemUsers.Mailer, AuditAction.PasswordResetRequested, "for an address with no active account", cancellationToken);
            return;
        }

        await mail.PasswordResetAsync(user, await SetPasswordTokenAsync(user), cancellationToken);
        await audit.RecordAsync(user.AuditActor, AuditAction.PasswordResetRequested, user.Email, cancellationToken);
    }

    /// <summary>Tells the owner of an account that failed sign-ins locked it, with a link that sets a new password and lifts the lock.</summary>
    public async Task SendLockoutNoticeAsync(BackofficeUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if ((await users.GetLockoutEndDateAsync(user))?.UtcDateTime is { } until)
        {
            await mail.LockedOutAsync(user, await SetPasswordTokenAsync(user), until, cancellationToken);
        }
    }

    /// <summary>Sends a new account its invitation: a link to set its password, in its language.</summary>
    public async Task<bool> InviteAsync(string userId, ActingUser by, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (await FindForChangeAsync(userId, by) is not { } user)
        {
            await RefuseAsync(by);
            return false;
        }

        await mail.InvitationAsync(user, await SetPasswordTokenAsync(user), by.Name, cancellationToken);
        await audit.RecordAsync(by, AuditAction.UserChanged, $"{user.Email}: invitation sent", cancellationToken);
        return true;
    }

    /// <summary>Lifts a lockout before it runs out (an administrator who has checked with the owner).</summary>
    public async Task<IdentityResult> UnlockAsync(string userId, ActingUser by)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (await FindForChangeAsync(userId, by) is not { } user)
        {
            return await RefuseAsync(by);
        }

        var result = await LiftLockoutAsync(user);
        if (result.Succeeded)
        {
            await audit.RecordAsync(by, AuditAction.AccountUnlocked, user.Email);
        }

        return result;
    }

    /// <summary>Ends a lockout and forgets the failed attempts that led to it.</summary>
    private async Task<IdentityResult> LiftLockoutAsync(BackofficeUser user)
    {
        var result = await users.SetLockoutEndDateAsync(user, null);
        return result.Succeeded ? await users.ResetAccessFailedCountAsync(user) : result;
    }

    /// <summary>
    /// Asks a signed-in user to prove it is her again before a change to her sign-in (new recovery codes,
    /// two-factor, her address or password): her password, or a code from her authenticator app. A wrong
    /// answer counts towards the lockout, as at sign-in.
    /// </summary>
    public async Task<bool> ConfirmIdentityAsync(BackofficeUser user, string? passwordOrCode)
    {
        ArgumentNullException.ThrowIfNull(user);
        var secret = passwordOrCode ?? "";
        if (secret.Length > 0 && !await users.IsLockedOutAsync(user))
        {
            var confirmed = await users.CheckPasswordAsync(user, secret)
                || (user.TwoFactorEnabled && AuthenticatorTokenProvider.CodeIn(secret) is { } code
                    && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code));
            if (confirmed)
            {
                return true;
            }

            await users.AccessFailedAsync(user);
        }

        await audit.RecordAsync(user.AuditActor, AuditAction.AccessDenied, "the password or code asked for again was wrong");
        return false;
    }

    /// <summary>A new password for her own account, after <see cref="ConfirmIdentityAsync"/>: every session of hers ends (she signs this one in again).</summary>
    public async Task<IdentityResult> ChangeOwnPasswordAsync(BackofficeUser user, string password)
    {
        ArgumentNullException.ThrowIfNull(user);
        var result = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), password);
        if (result.Succeeded)
        {
            await sessions.EndAllAsync(user.Id, SessionEndReason.PasswordChanged);
            await audit.RecordAsync(user.AuditActor, AuditAction.PasswordSet, $"{user.Email}: changed by its owner");
        }

        return result;
    }

    /// <summary>A new address for her own account (it is also her user name), after <see cref="ConfirmIdentityAsync"/>.</summary>
    public async Task<IdentityResult> ChangeOwnEmailAsync(BackofficeUser user, string email)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(email);
        var old = user.Email;
        var wanted = email.Trim();
        var result = await users.SetEmailAsync(user, wanted);
        if (result.Succeeded)
        {
            result = await users.SetUserNameAsync(user, wanted);
        }

        if (result.Succeeded)
        {
            user.EmailConfirmed = true; // "confirmed" means "not disabled" here (DisabledAccountRule)
            result = await users.UpdateAsync(user);
        }

        if (result.Succeeded)
        {
            await audit.RecordAsync(user.AuditActor, AuditAction.UserChanged, $"{old}: address changed by its owner to {wanted}");
        }

        return result;
    }

    /// <summary>The notifications a user receives (the account messages always go).</summary>
    public async Task<IdentityResult> SetOwnNotificationsAsync(ActingUser me, IEnumerable<MailKind> wanted)
    {
        ArgumentNullException.ThrowIfNull(me);
        ArgumentNullException.ThrowIfNull(wanted);
        if (await users.FindByIdAsync(me.Id) is not { } user)
        {
            return Failed("NotFound", "There is no such account.");
        }

        var kept = wanted.ToHashSet();
        user.MutedNotifications = [.. MailKinds.Optional.Where(k => !kept.Contains(k)).Select(k => k.ToString())];
        var result = await users.UpdateAsync(user);
        if (result.Succeeded)
        {
            await audit.RecordAsync(me, AuditAction.NotificationsChanged, user.MutedNotifications.Count == 0 ? "all on" : $"off: {string.Join(", ", user.MutedNotifications)}");
        }

        return result;
    }

    /// <summary>Every account, for the users section (a backoffice has tens of them, not thousands).</summary>
    public async Task<IReadOnlyList<(BackofficeUser User, IReadOnlyList<string> Roles)>> ListAsync()
    {
        var accounts = users.Users.OrderBy(u => u.Email).ToList();
        var list = new List<(BackofficeUser, IReadOnlyList<string>)>(accounts.Count);
        foreach (var account in accounts)
        {
            list.Add((account, [.. await users.GetRolesAsync(account)]));
        }

        return list;
    }

    /// <summary>Name, roles, translator cultures and interface language of an account; refused without the right, and for the last administrator's own demotion.</summary>
    public async Task<IdentityResult> UpdateAsync(string userId, AccountChanges changes, ActingUser by)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(by);
        if (await FindForChangeAsync(userId, by) is not { } user)
        {
            return await RefuseAsync(by);
        }

        if (changes.Roles.FirstOrDefault(r => !BackofficeRoles.IsKnown(r)) is { } unknown)
        {
            return Failed("UnknownRole", $"There is no role {unknown}.");
        }

        var held = await users.GetRolesAsync(user);
        var heldCultures = user.TranslatorCultures.ToList();
        if (held.Contains(BackofficeRoles.Administrator) && !changes.Roles.Contains(BackofficeRoles.Administrator) && await IsLastAdministratorAsync(user))
        {
            return Failed("LastAdministrator", "This is the only administrator: make someone else one first.");
        }

        user.DisplayName = changes.DisplayName.Trim();
        user.TranslatorCultures = [.. changes.TranslatorCultures.Distinct(StringComparer.OrdinalIgnoreCase)];
        user.UiCulture = changes.UiCulture ?? "";
        var result = await users.UpdateAsync(user);
        if (result.Succeeded)
        {
            result = await users.RemoveFromRolesAsync(user, held.Except(changes.Roles));
        }

        if (result.Succeeded)
        {
            result = await users.AddToRolesAsync(user, changes.Roles.Except(held));
        }

        if (result.Succeeded)
        {
            // Rights taken away end every session at once; rights added reach open sessions at their next stamp check.
            if (held.Except(changes.Roles).Any() || heldCultures.Except(user.TranslatorCultures, StringComparer.OrdinalIgnoreCase).Any())
            {
                await sessions.EndAllAsync(user.Id, SessionEndReason.RightsReduced);
            }

            await users.UpdateSecurityStampAsync(user);
            await audit.RecordAsync(by, AuditAction.UserChanged,
                $"{user.Email}: roles {string.Join(", ", changes.Roles)}; cultures {string.Join(", ", user.TranslatorCultures)}; name {user.DisplayName}");
        }

        return result;
    }

    /// <summary>Anyone may choose the language of her own backoffice (an empty code follows the browser).</summary>
    public async Task<IdentityResult> SetOwnUiCultureAsync(ActingUser me, string culture)
    {
        ArgumentNullException.ThrowIfNull(me);
        if (await users.FindByIdAsync(me.Id) is not { } user)
        {
            return Failed("NotFound", "There is no such account.");
        }

        user.UiCulture = culture;
        return await users.UpdateAsync(user);
    }

    /// <summary>A disabled account cannot sign in, and its sessions end at once (open editors within seconds).</summary>
    public async Task<IdentityResult> SetDisabledAsync(string userId, bool disabled, ActingUser by)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (await FindForChangeAsync(userId, by) is not { } user)
        {
            return await RefuseAsync(by);
        }

        if (disabled && user.Id == by.Id)
        {
            return Failed("OwnAccount", "You cannot disable your own account.");
        }

        if (disabled && (await users.GetRolesAsync(user)).Contains(BackofficeRoles.Administrator) && await IsLastAdministratorAsync(user))
        {
            return Failed("LastAdministrator", "This is the only administrator: make someone else one first.");
        }

        user.IsDisabled = disabled;
        var result = await users.UpdateAsync(user);
        if (result.Succeeded)
        {
            if (disabled)
            {
                await sessions.EndAllAsync(user.Id, SessionEndReason.AccountDisabled);
            }

            await users.UpdateSecurityStampAsync(user);
            await audit.RecordAsync(by, AuditAction.UserChanged, $"{user.Email}: {(disabled ? "disabled" : "enabled")}");
        }

        return result;
    }

    /// <summary>For a lost phone: two-factor sign-in off and a new key, so the user sets it up again at the next sign-in.</summary>
    public async Task<IdentityResult> ResetTwoFactorAsync(string userId, ActingUser by)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (await FindForChangeAsync(userId, by) is not { } user)
        {
            return await RefuseAsync(by);
        }

        var result = await users.SetTwoFactorEnabledAsync(user, false);
        if (result.Succeeded)
        {
            result = await users.ResetAuthenticatorKeyAsync(user); // also changes the security stamp
        }

        if (result.Succeeded)
        {
            await sessions.EndAllAsync(user.Id, SessionEndReason.TwoFactorReset);
            await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0); // the old recovery codes stop working
            await audit.RecordAsync(by, AuditAction.TwoFactorReset, user.Email);
        }

        return result;
    }

    /// <summary>The roles with their two-factor rule, in the order of <see cref="BackofficeRoles.All"/>.</summary>
    public IReadOnlyList<BackofficeRole> Roles() =>
        [.. roles.Roles.AsEnumerable().OrderBy(r => BackofficeRoles.All.ToList().IndexOf(r.Name ?? ""))];

    /// <summary>
    /// Whether members of <paramref name="roleName"/> must sign in with an authenticator code. A member
    /// without one is sent to set it up at her next sign-in or stamp check.
    /// </summary>
    public async Task<IdentityResult> SetRoleTwoFactorAsync(string roleName, bool required, ActingUser by)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!by.Rights.Allows(EditorialRight.ManageUsers))
        {
            return await RefuseAsync(by);
        }

        if (await roles.FindByNameAsync(roleName) is not { } role)
        {
            return Failed("NotFound", "There is no such role.");
        }

        if (role.RequiresTwoFactor == required)
        {
            return IdentityResult.Success;
        }

        role.RequiresTwoFactor = required;
        var result = await roles.UpdateAsync(role);
        if (result.Succeeded)
        {
            await audit.RecordAsync(by, AuditAction.RoleChanged, $"{roleName}: two-factor sign-in {(required ? "required" : "optional")}");
        }

        return result;
    }

    /// <summary>A new set-password link for an account (an invitation, or a forgotten password), or null when refused.</summary>
    public async Task<(BackofficeUser User, string Token)?> SetPasswordLinkAsync(string userId, ActingUser by)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (await FindForChangeAsync(userId, by) is not { } user)
        {
            await RefuseAsync(by);
            return null;
        }

        await audit.RecordAsync(by, AuditAction.UserChanged, $"{user.Email}: set-password link made");
        return (user, await SetPasswordTokenAsync(user));
    }

    private async Task<BackofficeUser?> FindForChangeAsync(string userId, ActingUser by) =>
        by.Rights.Allows(EditorialRight.ManageUsers) ? await users.FindByIdAsync(userId) : null;

    private async Task<bool> IsLastAdministratorAsync(BackofficeUser user) =>
        !(await users.GetUsersInRoleAsync(BackofficeRoles.Administrator)).Any(u => !u.IsDisabled && u.Id != user.Id);

    /// <summary>Without the right the refusal is audited; with it, the account does not exist.</summary>
    private async Task<IdentityResult> RefuseAsync(ActingUser by)
    {
        if (by.Rights.Allows(EditorialRight.ManageUsers))
        {
            return Failed("NotFound", "There is no such account.");
        }

        await audit.RecordAsync(by, AuditAction.AccessDenied, "ManageUsers: account change refused");
        return Failed("Forbidden", "You may not change accounts.");
    }

    private static IdentityResult Failed(string code, string description) => IdentityResult.Failed(new IdentityError { Code = code, Description = description });

    public static string Describe(IdentityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return string.Join(" ", result.Errors.Select(e => e.Description));
    }
}
