namespace OmbudsmanSite.Web.Media;

/// <summary>One crop the templates make of a lead image: its name (a string key of the backoffice's previews) and its size.</summary>
public sealed record TemplateCrop(string Key, int Width, int Height);
