namespace OmbudsmanSite.Web.Components.Layout;

/// <summary>One step of the breadcrumb trail; the last (the current page) has no link.</summary>
public sealed record Crumb(string Text, string? Url);
