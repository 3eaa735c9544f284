using Microsoft.AspNetCore.Identity;
using OmbudsmanSite.Infrastructure.Identity;

namespace OmbudsmanSite.Web.Backoffice;

/// <summary>Identity asks whether an account is "confirmed" before every sign-in: here that means "not disabled".</summary>
public sealed class DisabledAccountRule : IUserConfirmation<BackofficeUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<BackofficeUser> manager, BackofficeUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Task.FromResult(!user.IsDisabled);
    }
}
