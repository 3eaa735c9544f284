using System.Text;

namespace OmbudsmanSite.Core.Editorial;

/// <summary>
/// The words of a title as the editors' lists look them up: letters and digits, lower case, with
/// the letters people type for one another folded together (İ, I and ı as i; ё as е). A list's
/// search matches each word typed against the start of a title's words, in any language.
/// </summary>
public static class TitleWords
{
    /// <summary>Longer runs of letters are cut: nobody types 65 letters to find a title.</summary>
    public const int MaxWordLength = 64;

    public static IReadOnlyList<string> Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var words = new List<string>();
        var word = new StringBuilder(MaxWordLength);
        foreach (var original in text)
        {
            if (char.IsLetterOrDigit(original))
            {
                if (word.Length < MaxWordLength)
                {
                    word.Append(Fold(original));
                }
            }
            else if (original is '\'' or '’' or 'ʼ' && word.Length > 0)
            {
                continue; // "Women’s" is one word, as the slug has it
            }
            else
            {
                Flush();
            }
        }

        Flush();
        return words;

        void Flush()
        {
            if (word.Length > 0)
            {
                var found = word.ToString();
                if (!words.Contains(found, StringComparer.Ordinal))
                {
                    words.Add(found);
                }

                word.Clear();
            }
        }
    }

    private static char Fold(char c) => c switch
    {
        'İ' or 'I' or 'ı' => 'i',
        'Ё' or 'ё' => 'е',
        _ => char.ToLowerInvariant(c),
    };
}
