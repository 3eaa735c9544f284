using System.Text.RegularExpressions;
using DiffPlex;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>Words, punctuation and runs of white space as separate pieces, so a diff is word by word and keeps the spacing.</summary>
internal sealed partial class WordChunker : IChunker
{
    public static WordChunker Instance { get; } = new();

    public IReadOnlyList<string> Chunk(string text) => [.. Pieces().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\s+|[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]", RegexOptions.CultureInvariant)]
    private static partial Regex Pieces();
}
