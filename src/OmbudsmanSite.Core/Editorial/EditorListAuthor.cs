namespace OmbudsmanSite.Core.Editorial;

/// <summary>Someone an editor's list can be filtered by: an account or one of the site's own processes (<see cref="SystemUsers"/>).</summary>
public sealed record EditorListAuthor(string Id, string Name);
