namespace OmbudsmanSite.Web.Backoffice;

/// <summary>Authorization policies of the backoffice pages and endpoints.</summary>
public static class BackofficePolicies
{
    /// <summary>Signed in, even when the account still has to set up two-factor sign-in (the set-up page itself).</summary>
    public const string SignedIn = "Backoffice.SignedIn";

    /// <summary>Signed in and, when a role requires it, with two-factor sign-in set up: every other page.</summary>
    public const string Member = "Backoffice.Member";

    public const string Administrator = "Backoffice.Administrator";
}
