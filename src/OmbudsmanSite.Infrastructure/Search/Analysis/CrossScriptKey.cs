using System.Text;
using OmbudsmanSite.Infrastructure.Caching;

namespace OmbudsmanSite.Infrastructure.Search.Analysis;

/// <summary>
/// A spelling-neutral key for names written in Latin or Cyrillic, so "Aliyeva" finds "Алиева" and
/// "Safikhanli" finds "Сафиханлы". Cyrillic is transliterated (х→x, ы→i, я→ia...), Azerbaijani
/// letters folded (ə→a, as Russian spells Əliyeva "Алиева"), then: kh→x, y→i, doubled letters once,
/// and up to two final vowels dropped, which stands in for case endings in both scripts
/// (Алиева, Алиевой, Aliyeva → "aliev"). The key is indexed beside the real term, never instead of it.
/// </summary>
public static class CrossScriptKey
{
    private static readonly Dictionary<char, string> Cyrillic = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "e", ['ж'] = "j",
        ['з'] = "z", ['и'] = "i", ['й'] = "i", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o",
        ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "x", ['ц'] = "ts",
        ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "sh", ['ъ'] = "", ['ы'] = "i", ['ь'] = "", ['э'] = "e", ['ю'] = "iu",
        ['я'] = "ia",
    };

    private static readonly WordCache<string> Cache = new(Compute, ApproximateSize.Of);

    public static string For(string lowercase)
    {
        ArgumentNullException.ThrowIfNull(lowercase);
        return Cache.Get(lowercase);
    }

    private static string Compute(string lowercase)
    {
        var latin = new StringBuilder(lowercase.Length + 4);
        foreach (var c in lowercase)
        {
            if (Cyrillic.TryGetValue(c, out var mapped))
            {
                latin.Append(mapped);
            }
            else
            {
                latin.Append(c switch
                {
                    'ə' => "a",
                    'ı' => "i",
                    'ş' => "sh",
                    'ç' => "ch",
                    'ğ' => "g",
                    'ö' => "o",
                    'ü' => "u",
                    _ => c.ToString(),
                });
            }
        }

        var text = latin.Replace("kh", "x").Replace("dzh", "j").Replace("zh", "j").Replace('y', 'i').ToString();
        var key = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (key.Length == 0 || key[^1] != c)
            {
                key.Append(c);
            }
        }

        for (var i = 0; i < 2 && key.Length > 4 && "aeiou".Contains(key[^1], StringComparison.Ordinal); i++)
        {
            key.Length--;
        }

        return key.ToString();
    }
}
