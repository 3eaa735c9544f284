namespace OmbudsmanSite.Core.Checks;

/// <summary>
/// Splits plain text into sentences and words, and counts syllables, the way the reading-ease
/// formulas count them. A sentence ends at ".", "!", "?" or "…" followed by a space (and not by a
/// small letter, as in "e.g. the") or at the end of its paragraph, so a heading or list item is a
/// sentence of its own. A word is a run of letters and digits, with apostrophes and hyphens inside
/// it; runs without a letter (numbers) are not words.
/// </summary>
public static class Prose
{
    private const string SentenceEnds = ".!?…";
    private const string Closers = "\"'»”’)]";
    private const string Joiners = "'’-‐";
    private const string EnglishVowels = "aeiouy";
    private const string RussianVowels = "аеёиоуыэюя";

    public static IReadOnlyList<ProseSentence> Sentences(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var sentences = new List<ProseSentence>();
        var words = new List<string>();
        var start = -1;
        var i = 0;
        while (i < paragraph.Length)
        {
            var c = paragraph[i];
            if (char.IsLetterOrDigit(c))
            {
                var wordStart = i;
                while (i < paragraph.Length && (char.IsLetterOrDigit(paragraph[i])
                    || (Joiners.Contains(paragraph[i], StringComparison.Ordinal) && i + 1 < paragraph.Length && char.IsLetterOrDigit(paragraph[i + 1]) && i > wordStart)))
                {
                    i++;
                }

                var word = paragraph[wordStart..i];
                if (word.Any(char.IsLetter))
                {
                    start = start < 0 ? wordStart : start;
                    words.Add(word);
                }

                continue;
            }

            if (SentenceEnds.Contains(c, StringComparison.Ordinal) && start >= 0)
            {
                var end = i + 1;
                while (end < paragraph.Length && (SentenceEnds.Contains(paragraph[end], StringComparison.Ordinal) || Closers.Contains(paragraph[end], StringComparison.Ordinal)))
                {
                    end++;
                }

                var next = end;
                while (next < paragraph.Length && char.IsWhiteSpace(paragraph[next]))
                {
                    next++;
                }

                if (end == paragraph.Length || (next > end && !char.IsLower(paragraph[next])))
                {
                    sentences.Add(new ProseSentence(start, end - start, [.. words]));
                    words.Clear();
                    start = -1;
                    i = end;
                    continue;
                }
            }

            i++;
        }

        if (start >= 0)
        {
            var end = paragraph.Length;
            while (end > start && char.IsWhiteSpace(paragraph[end - 1]))
            {
                end--;
            }

            sentences.Add(new ProseSentence(start, end - start, [.. words]));
        }

        return sentences;
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
