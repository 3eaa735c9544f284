namespace OmbudsmanSite.Web.Api;

/// <summary>What a public path names: its kind (home, section, search, item, page), language and canonical path, and the item when it names one.</summary>
public sealed record ApiRoute(string Kind, string Culture, string Path, string? Section, ApiItem? Item);
