namespace OmbudsmanSite.Core.Editorial;

/// <summary>
/// One field's difference between two versions. <see cref="Culture"/> is null for invariant
/// fields. Bodies are compared as text (tags are not words); a change of markup only, such as a
/// paragraph split, is reported as <see cref="MarkupChanged"/>.
/// </summary>
public sealed record FieldDiff(string Field, string? Culture, IReadOnlyList<DiffSegment> Segments, bool MarkupChanged = false);
