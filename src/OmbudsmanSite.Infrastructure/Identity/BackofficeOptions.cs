namespace OmbudsmanSite.Infrastructure.Identity;

/// <summary>Sign-in and account rules of the backoffice (<c>Site:Backoffice</c>).</summary>
public sealed class BackofficeOptions
{
    public const string SectionName = "Site:Backoffice";

    public int MinimumPasswordLength { get; set; } = 12;

    /// <summary>The lowest zxcvbn score (0–4) a password may have: 3 is "safely unguessable" for an online attack with no lockout.</summary>
    public int MinimumPasswordScore { get; set; } = 3;

    /// <summary>Failed sign-ins (password or code) before the account is locked; counted on the account, not the session.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Sliding: each request inside it extends it.</summary>
    public TimeSpan SessionDuration { get; set; } = TimeSpan.FromHours(8);

    /// <summary>How often a session re-reads the account, so "sign out everywhere", a disabled account or a role change reaches open sessions.</summary>
    public TimeSpan SecurityStampInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often an open editor checks that its session still stands (ended sessions lose their editors within this).</summary>
    public TimeSpan SessionCheckInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a set-password link (from <c>create-admin --link</c> or an invitation) works.</summary>
    public TimeSpan SetPasswordLinkLifetime { get; set; } = TimeSpan.FromHours(1);

    public int RecoveryCodeCount { get; set; } = 10;

    /// <summary>The reading speed the editor's "minutes to read" assumes (an adult's silent reading of prose, about 200–250).</summary>
    public int ReadingWordsPerMinute { get; set; } = 200;

    /// <summary>Outside Development the cookie is Secure and so may carry the <c>__Host-</c> prefix.</summary>
    public string CookieName { get; set; } = "__Host-backoffice";

    /// <summary>Browsers refuse a <c>__Host-</c> cookie without Secure, so plain-HTTP development uses this name instead.</summary>
    public string DevelopmentCookieName { get; set; } = "backoffice";

    /// <summary>The issuer shown in authenticator apps.</summary>
    public string AuthenticatorIssuer { get; set; } = "Ombudsman backoffice";

    /// <summary>How often the editor keeps what a user typed and has not saved (apart from the working copy).</summary>
    public TimeSpan AutosaveInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often an open editor says it is still there and learns who else is in the item (well under the two-minute expiry).</summary>
    public TimeSpan PresenceInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a preview link works.</summary>
    public TimeSpan PreviewLinkLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Most rows one CSV export of the audit trail holds (newest first; narrow the filters for older ones).</summary>
    public int AuditExportMaxRows { get; set; } = 100_000;
}
