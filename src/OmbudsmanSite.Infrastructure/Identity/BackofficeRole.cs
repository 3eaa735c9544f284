using Microsoft.AspNetCore.Identity;

namespace OmbudsmanSite.Infrastructure.Identity;

/// <summary>One of <see cref="Core.Security.BackofficeRoles"/>, with its sign-in rule.</summary>
public sealed class BackofficeRole : IdentityRole
{
    public BackofficeRole()
    {
    }

    public BackofficeRole(string name)
        : base(name)
    {
    }

    /// <summary>Members must sign in with an authenticator code (set for administrators when the role is first created).</summary>
    public bool RequiresTwoFactor { get; set; }
}
