using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>An item's working copy as the checks read it: its type, last editor, version and values.</summary>
public sealed record WorkingCopy(Guid Id, DocumentType Type, string EditedBy, int Version, ContentValues Values);
