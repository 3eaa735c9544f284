namespace OmbudsmanSite.Web.Backoffice;

public enum SignInOutcome
{
    SignedIn,

    /// <summary>The password was right; an authenticator or recovery code comes next.</summary>
    CodeNeeded,

    /// <summary>Wrong address, password or code (which one is not said).</summary>
    Failed,

    LockedOut,

    Disabled,
}
