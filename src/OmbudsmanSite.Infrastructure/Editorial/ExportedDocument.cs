using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>An item as an export names it: what the published projection does not hold.</summary>
public sealed record ExportedDocument(Guid Id, DocumentType Type, string? LegacyId, int? LegacyViewCount);
