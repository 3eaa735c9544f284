namespace OmbudsmanSite.Core.Content;

/// <summary>A public change note: when, and what changed.</summary>
public sealed record PublishedChangeNote(DateTime Utc, string Note);
