using System.Text.RegularExpressions;

namespace OmbudsmanSite.Core.Editorial;

/// <summary>
/// How long a text is, as writers count it: words (letters and digits, with the apostrophes and
/// hyphens inside them: "O'Brien", "insan-hüquq" are one word each, in any script), characters
/// (every one, spaces included, as word processors show), and the minutes it takes to read.
/// </summary>
public readonly partial record struct TextStatistics(int Words, int Characters)
{
    public static TextStatistics Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return default;
        }

        var normalised = WhiteSpace().Replace(text.Trim(), " ");
        return new TextStatistics(Word().Count(normalised), normalised.Length);
    }

    public static TextStatistics operator +(TextStatistics left, TextStatistics right) =>
        new(left.Words + right.Words, left.Characters + right.Characters);

    public static TextStatistics Add(TextStatistics left, TextStatistics right) => left + right;

    /// <summary>Whole minutes at <paramref name="wordsPerMinute"/>, rounded up; a text of any words takes at least one.</summary>
    public int ReadingMinutes(int wordsPerMinute)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(wordsPerMinute, 1);
        return Words == 0 ? 0 : (Words + wordsPerMinute - 1) / wordsPerMinute;
    }

    /// <summary>A word as writers count it; the reading-ease figures split text with the same pattern.</summary>
    public static Regex WordPattern => Word();

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*")]
    private static partial Regex Word();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
