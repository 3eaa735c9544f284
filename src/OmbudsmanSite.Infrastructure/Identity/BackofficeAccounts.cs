using Microsoft.AspNetCore.Identity;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Editorial;

namespace OmbudsmanSite.Infrastructure.Identity;

/// <summary>Creating accounts and the roles they hold; every change is audited.</summary>
public sealed class BackofficeAccounts(UserManager<BackofficeUser> users, RoleManager<BackofficeRole> roles, SecurityAudit audit, SiteClock clock)
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

    /// <summary>A new account with the given roles, and the password when one is given (otherwise it is set through a link).</summary>
    public async Task<(IdentityResult Result, BackofficeUser? User)> CreateAsync(string email, string displayName, IReadOnlyCollection<string> roleNames, string? password, ActingUser by)
    {
        ArgumentNullException.ThrowIfNull(roleNames);
        ArgumentNullException.ThrowIfNull(by);
        await EnsureRolesAsync();
        if (roleNames.FirstOrDefault(r => !BackofficeRoles.IsKnown(r)) is { } unknown)
        {
            return (IdentityResult.Failed(new IdentityError { Code = "UnknownRole", Description = $"There is no role {unknown}." }), null);
        }

        var user = new BackofficeUser { UserName = email.Trim(), Email = email.Trim(), DisplayName = displayName.Trim(), EmailConfirmed = true, CreatedUtc = clock.UtcNow };
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

        await audit.RecordAsync(by, AuditAction.UserCreated, $"{user.Email} ({string.Join(", ", roleNames)})");
        return (IdentityResult.Success, user);
    }

    /// <summary>A one-time token for the set-password page: it stops working once a password is set, or after <see cref="BackofficeOptions.SetPasswordLinkLifetime"/>.</summary>
    public Task<string> SetPasswordTokenAsync(BackofficeUser user) => users.GeneratePasswordResetTokenAsync(user);

    public async Task<IdentityResult> SetPasswordAsync(string userId, string token, string password)
    {
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return IdentityResult.Failed(new IdentityError { Code = "InvalidToken", Description = "This link is not valid or has expired." });
        }

        var result = await users.ResetPasswordAsync(user, token, password);
        if (result.Succeeded)
        {
            await audit.RecordAsync(new ActingUser(user.Id, user.DisplayName), AuditAction.PasswordSet, user.Email);
        }

        return result;
    }

    /// <summary>True when any of the user's roles requires an authenticator code.</summary>
    public async Task<bool> RequiresTwoFactorAsync(BackofficeUser user)
    {
        var held = await users.GetRolesAsync(user);
        return roles.Roles.Any(r => r.RequiresTwoFactor && held.Contains(r.Name!));
    }

    public static string Describe(IdentityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return string.Join(" ", result.Errors.Select(e => e.Description));
    }
}
