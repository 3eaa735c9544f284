using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Core.Editorial;

public sealed record CreateContentRequest
{
    /// <summary>Given by uSync (its file key); a new id otherwise.</summary>
    public Guid? Id { get; init; }

    public required DocumentType Type { get; init; }

    public required ContentValues Values { get; init; }

    /// <summary>Wanted slugs per culture; a culture without one gets a slug from its title.</summary>
    public IReadOnlyDictionary<string, string> Slugs { get; init; } = new Dictionary<string, string>();

    public string? Comment { get; init; }

    public string? LegacyId { get; init; }

    public int? LegacyViewCount { get; init; }
}
