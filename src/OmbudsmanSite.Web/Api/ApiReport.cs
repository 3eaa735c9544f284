namespace OmbudsmanSite.Web.Api;

/// <summary>A report's year, kind and the media item of its file in each language.</summary>
public sealed record ApiReport(int Year, string Kind, IReadOnlyDictionary<string, Guid> Files);
