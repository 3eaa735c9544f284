namespace OmbudsmanSite.Infrastructure.Search;

/// <summary>How the index was brought up to date at start, and how many documents that changed.</summary>
public sealed record SearchIndexStart(SearchIndexStartKind Kind, int Documents);
