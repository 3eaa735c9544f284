namespace OmbudsmanSite.Web.Backoffice.Forms;

/// <summary>One field of a form post, as the problem page sends it back.</summary>
public sealed record PostedField(string Name, string Value);
