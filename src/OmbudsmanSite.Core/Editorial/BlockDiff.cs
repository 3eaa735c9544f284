namespace OmbudsmanSite.Core.Editorial;

/// <summary>One block of a body: unchanged (or changed within: see its parts), or inserted or deleted whole.</summary>
public sealed record BlockDiff(DiffSegmentKind Kind, string Element, IReadOnlyList<InlineDiff> Parts);
