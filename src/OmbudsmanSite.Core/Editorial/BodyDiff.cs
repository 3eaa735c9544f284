namespace OmbudsmanSite.Core.Editorial;

/// <summary>
/// A body compared as it reads: block by block (paragraphs, headings, list items, quotes, captions,
/// cells), and within a changed block word by word, each word with its formatting and link, images
/// with their alt text, and each link's target shown after it.
/// </summary>
public sealed record BodyDiff(IReadOnlyList<BlockDiff> Blocks);
