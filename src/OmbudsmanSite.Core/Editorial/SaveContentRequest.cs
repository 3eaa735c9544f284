namespace OmbudsmanSite.Core.Editorial;

/// <summary>A new working copy, based on version <see cref="BaseVersion"/> (the one the editor loaded).</summary>
public sealed record SaveContentRequest
{
    public required Guid DocumentId { get; init; }

    public required int BaseVersion { get; init; }

    public required ContentValues Values { get; init; }

    /// <summary>Slugs for cultures that do not have one yet; existing slugs change only through a slug change.</summary>
    public IReadOnlyDictionary<string, string> Slugs { get; init; } = new Dictionary<string, string>();

    public string? Comment { get; init; }

    /// <summary>Legacy identity, for imports; null leaves it as it is.</summary>
    public string? LegacyId { get; init; }

    public int? LegacyViewCount { get; init; }
}
