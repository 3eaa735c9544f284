namespace OmbudsmanSite.Web.Components.Backoffice.Editor;

/// <summary>An item the link button offers: its id, its title and the language that is in, and a note (its type, where it is live).</summary>
public sealed record LinkTargetView(Guid Id, string Title, string Culture, string Note);
