namespace OmbudsmanSite.Core.Editorial;

/// <summary>One culture as lists and the editor show it; <see cref="IsOutOfDate"/> when its source text changed after it was translated.</summary>
public sealed record CultureStateSummary(string Culture, string Title, string Slug, CultureState State, int? PublishedVersion, bool IsOutOfDate = false);
