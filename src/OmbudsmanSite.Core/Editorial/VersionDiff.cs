namespace OmbudsmanSite.Core.Editorial;

/// <summary>What changed from version <see cref="From"/> to version <see cref="To"/>: only fields that differ.</summary>
public sealed record VersionDiff(Guid DocumentId, int From, int To, IReadOnlyList<FieldDiff> Fields);
