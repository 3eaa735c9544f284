namespace OmbudsmanSite.Web.Backoffice;

/// <summary>The fields of the sign-in and code forms.</summary>
public sealed class SignInForm
{
    public string? Email { get; set; }

    public string? Password { get; set; }

    public string? Code { get; set; }

    public string? ReturnUrl { get; set; }
}
