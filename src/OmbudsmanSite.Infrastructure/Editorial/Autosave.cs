using OmbudsmanSite.Core.Editorial;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>One user's autosaved values of an item, as the editor offers them back.</summary>
public sealed record Autosave(int BaseVersion, DateTime SavedUtc, ContentValues Values, IReadOnlyDictionary<string, string> Slugs);
