namespace OmbudsmanSite.Web.Backoffice.Forms;

/// <summary>Why a static form post was not carried out.</summary>
public enum FormProblem
{
    /// <summary>Its antiforgery token was missing or no longer matches the session: the page was open too long, or the user signed in or out elsewhere.</summary>
    Expired,

    /// <summary>The form it came from is no longer on its page: someone acted on the item meanwhile, or the request was replaced.</summary>
    Changed,

    /// <summary>The user's role does not allow this form (checked before its body was read).</summary>
    NotAllowed,

    /// <summary>Too many sign-in attempts from one network (the rate limit): wait, then try again.</summary>
    TooManyAttempts,
}
