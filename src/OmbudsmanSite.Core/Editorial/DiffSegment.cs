namespace OmbudsmanSite.Core.Editorial;

/// <summary>A run of words (with the spaces between them) that is unchanged, inserted or deleted.</summary>
public sealed record DiffSegment(DiffSegmentKind Kind, string Text);
