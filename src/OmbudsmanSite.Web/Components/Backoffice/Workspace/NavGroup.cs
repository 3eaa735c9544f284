namespace OmbudsmanSite.Web.Components.Backoffice.Workspace;

/// <summary>A heading in the sidebar and the sections under it.</summary>
public sealed record NavGroup(string TitleKey, IReadOnlyList<NavLink> Links);
