using Microsoft.AspNetCore.Identity;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;

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

    /// <summary>A disabled account cannot sign in, and its open sessions end at once (<see cref="BackofficeSessionStore"/>).</summary>
    public bool IsDisabled { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? LastSignInUtc { get; set; }

    /// <summary>Moves on with every set-password link made, so only the newest link works (the web host's SetPasswordTokenProvider).</summary>
    public int SetPasswordLinkVersion { get; set; }

    /// <summary>The notifications (<c>MailKind</c> names) this user turned off; every other one is sent.</summary>
    public List<string> MutedNotifications { get; set; } = [];

    /// <summary>The last authenticator time step accepted, so a code works once (a replay within its 30 s is refused).</summary>
    public long? LastAuthenticatorStep { get; set; }

    /// <summary>The name shown for the account: its display name, else its address.</summary>
    public string ShownName => DisplayName.Length > 0 ? DisplayName : Email ?? Id;

    /// <summary>The account as the audit trail names it, for events outside a signed-in request (sign-in, set password); it may do nothing.</summary>
    public ActingUser AuditActor => new(Id, ShownName) { Rights = EditorialRights.Nothing };
}
