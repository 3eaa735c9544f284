using OmbudsmanSite.Core.Editorial;

namespace OmbudsmanSite.Core.Checks;

/// <summary>
/// Splits plain text into sentences and words, and counts syllables, the way the reading-ease
/// formulas count them. A sentence ends at ".", "!", "?" or "…" followed by a space (and not by a
/// small letter, as in "e.g. the") or at the end of its paragraph, so a heading or list item is a
/// sentence of its own. Words are found as <see cref="TextStatistics"/> counts them; those without a
/// letter (numbers) do not count.
/// </summary>
public static class Prose
{
    private const string SentenceEnds = ".!?…";
    private const string Closers = "\"'»”’)]";
    private const string EnglishVowels = "aeiouy";
    private const string RussianVowels = "аеёиоуыэюя";

    public static IReadOnlyList<ProseSentence> Sentences(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var sentences = new List<ProseSentence>();
        var words = new List<string>();
        var start = -1;
        var tokens = TextStatistics.WordPattern.Matches(paragraph);
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            start = start < 0 ? token.Index : start;
            if (token.Value.Any(char.IsLetter))
            {
                words.Add(token.Value);
            }

            // Between this token and the next: does a sentence end there?
            var gapStart = token.Index + token.Length;
            var gapEnd = t + 1 < tokens.Count ? tokens[t + 1].Index : paragraph.Length;
            var stop = paragraph.AsSpan(gapStart, gapEnd - gapStart).IndexOfAny(SentenceEnds);
            if (stop < 0)
            {
                continue;
            }

            var end = gapStart + stop + 1;
            while (end < gapEnd && (SentenceEnds.Contains(paragraph[end], StringComparison.Ordinal) || Closers.Contains(paragraph[end], StringComparison.Ordinal)))
            {
                end++;
            }

            var last = t + 1 == tokens.Count;
            if (last || (end < gapEnd && char.IsWhiteSpace(paragraph[end]) && !char.IsLower(paragraph[gapEnd])))
            {
                Close(last ? Trimmed(paragraph, end) : end);
            }
        }

        if (start >= 0)
        {
            Close(Trimmed(paragraph, paragraph.Length));
        }

        return sentences;

        void Close(int end)
        {
            if (words.Count > 0)
            {
                sentences.Add(new ProseSentence(start, end - start, [.. words]));
            }

            words.Clear();
            start = -1;
        }
    }

    /// <summary>Where the text before <paramref name="end"/> stops, trailing spaces left out.</summary>
    private static int Trimmed(string text, int end)
    {
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    /// <summary>Letters in the word, not counting apostrophes, hyphens or digits (LIX's "long word" is over six).</summary>
    public static int Letters(string word) => word.Count(char.IsLetter);

    /// <summary>
    /// Syllables of an English word by the usual rule of thumb: groups of vowels, less a silent final
    /// "e" (but "-le" after a consonant is a syllable: "peo-ple") and a silent "-es"/"-ed" ("makes",
    /// "used"; not "boxes", "wanted"); at least one.
    /// </summary>
    public static int EnglishSyllables(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = word.ToLowerInvariant().Where(char.IsLetter).ToArray();
        var groups = VowelGroups(w, EnglishVowels);
        var n = w.Length;
        if (groups > 1 && n > 2 && w[n - 1] == 'e' && !IsVowel(w[n - 2], EnglishVowels) && !(w[n - 2] == 'l' && n > 3 && !IsVowel(w[n - 3], EnglishVowels)))
        {
            groups--; // make, use; not people, table
        }
        else if (groups > 1 && n > 3 && w[n - 2] == 'e' && ((w[n - 1] == 's' && !"sxzcgh".Contains(w[n - 3], StringComparison.Ordinal) && !IsVowel(w[n - 3], EnglishVowels))
            || (w[n - 1] == 'd' && !"td".Contains(w[n - 3], StringComparison.Ordinal) && !IsVowel(w[n - 3], EnglishVowels))))
        {
            groups--; // makes, used; not boxes, wanted
        }

        return Math.Max(1, groups);
    }

    /// <summary>Syllables of a Russian word: one per vowel, exactly ("в" has none, as Oborneva counts).</summary>
    public static int RussianSyllables(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return word.Count(c => RussianVowels.Contains(char.ToLowerInvariant(c), StringComparison.Ordinal));
    }

    private static int VowelGroups(char[] word, string vowels)
    {
        var groups = 0;
        var inVowels = false;
        foreach (var c in word)
        {
            var vowel = IsVowel(c, vowels);
            if (vowel && !inVowels)
            {
                groups++;
            }

            inVowels = vowel;
        }

        return groups;
    }

    private static bool IsVowel(char c, string vowels) => vowels.Contains(c, StringComparison.Ordinal);
}
