namespace OmbudsmanSite.Web.Backoffice;

public sealed class SetPasswordForm
{
    public string? User { get; set; }

    public string? Token { get; set; }

    public string? Password { get; set; }

    public string? Confirm { get; set; }
}
