namespace OmbudsmanSite.Core.Editorial;

/// <summary>One part of a block, kept, inserted or deleted.</summary>
public sealed record InlineDiff(DiffSegmentKind Kind, InlinePart Part);
