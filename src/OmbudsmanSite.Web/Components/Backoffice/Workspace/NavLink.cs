namespace OmbudsmanSite.Web.Components.Backoffice.Workspace;

/// <summary>One section in the sidebar: its words (a string key), address, icon and, where one helps, a count.</summary>
public sealed record NavLink(string TextKey, string Href, string Icon, int Count = 0);
