namespace OmbudsmanSite.Core.Editorial;

public sealed record CultureStateSummary(string Culture, string Title, string Slug, CultureState State, int? PublishedVersion);
