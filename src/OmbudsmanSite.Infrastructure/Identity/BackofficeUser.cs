using Microsoft.AspNetCore.Identity;

namespace OmbudsmanSite.Infrastructure.Identity;

/// <summary>A backoffice account. The e-mail address is the user name; there is no default account.</summary>
public sealed class BackofficeUser : IdentityUser
{
    public const int MaxDisplayNameLength = 100;

    public string DisplayName { get; set; } = "";

    /// <summary>The language of the backoffice's own text for this user.</summary>
    public string UiCulture { get; set; } = "";

    /// <summary>The cultures a translator may edit (ignored for roles that edit every culture).</summary>
    public List<string> TranslatorCultures { get; set; } = [];

    /// <summary>A disabled account cannot sign in, and its open sessions end at the next security-stamp check.</summary>
    public bool IsDisabled { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? LastSignInUtc { get; set; }

    /// <summary>The last authenticator time step accepted, so a code works once (a replay within its 30 s is refused).</summary>
    public long? LastAuthenticatorStep { get; set; }
}
