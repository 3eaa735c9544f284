using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>An item's address in one language: the key of redirects and retired addresses.</summary>
internal sealed record ItemAddress(string Culture, DocumentType Type, string Slug);
