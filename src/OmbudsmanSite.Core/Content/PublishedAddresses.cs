namespace OmbudsmanSite.Core.Content;

/// <summary>Where an item is live: its type and its slug in each language it is published in (what an internal link needs).</summary>
public sealed record PublishedAddresses(Guid Id, DocumentType Type, IReadOnlyDictionary<string, string> Slugs);
