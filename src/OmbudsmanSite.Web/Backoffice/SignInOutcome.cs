namespace OmbudsmanSite.Web.Backoffice;

public enum SignInOutcome
{
    SignedIn,

    /// <summary>The password was right; an authenticator or recovery code comes next.</summary>
    CodeNeeded,

    /// <summary>Wrong address, password or code, or a locked account (which one is not said before the password is right).</summary>
    Failed,

    /// <summary>Only after the right password (the code step): the account is locked.</summary>
    LockedOut,

    Disabled,
}
