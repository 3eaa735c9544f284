using System.Globalization;
using System.Text;

namespace OmbudsmanSite.Core.Slugs;

/// <summary>
/// Turns a title in any of the site's languages into an ASCII slug.
/// <para>
/// Azerbaijani letters are folded the way Azerbaijanis type without their keyboard layout
/// (ə→e, ı→i, İ→i, ş→s, ç→c, ğ→g, ö→o, ü→u): "Xəbərlər" → "xeberler". This matches the
/// folding search uses, so a slug read aloud is also a working search query.
/// </para>
/// <para>
/// Cyrillic follows ICAO Doc 9303 (the scheme of Russian passports since 2013):
/// ж→zh, х→kh, ц→ts, ч→ch, ш→sh, щ→shch, ю→iu, я→ia, й→i, ы→y, ъ→ie, ь dropped, ё→e.
/// "Встреча с Сабиной Алиевой" → "vstrecha-s-sabinoi-alievoi".
/// </para>
/// The two maps share no letters, so one function serves every culture.
/// </summary>
public static class SlugGenerator
{
    public const int MaxLength = 80;

    private static readonly Dictionary<char, string> Transliteration = new()
    {
        // Azerbaijani Latin.
        ['ə'] = "e", ['ı'] = "i", ['i'] = "i", ['ş'] = "s", ['ç'] = "c", ['ğ'] = "g", ['ö'] = "o", ['ü'] = "u",

        // Russian Cyrillic, ICAO Doc 9303.
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "e",
        ['ж'] = "zh", ['з'] = "z", ['и'] = "i", ['й'] = "i", ['к'] = "k", ['л'] = "l", ['м'] = "m",
        ['н'] = "n", ['о'] = "o", ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u",
        ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts", ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch",
        ['ъ'] = "ie", ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "iu", ['я'] = "ia",
    };

    public static string Generate(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var builder = new StringBuilder(title.Length);
        var pendingHyphen = false;
        foreach (var original in title)
        {
            // "İ" must become "i" before lowercasing: invariant ToLower leaves U+0130 as "i̇" (two code points).
            var c = original == 'İ' ? 'i' : char.ToLowerInvariant(original);
            if (c is '\'' or '’' or 'ʼ')
            {
                continue; // "Women’s" → "womens", not "women-s".
            }

            string? mapped = null;
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                mapped = c.ToString();
            }
            else if (Transliteration.TryGetValue(c, out var transliterated))
            {
                mapped = transliterated;
            }
            else if (char.IsLetter(c))
            {
                mapped = StripDiacritics(c);
            }

            if (string.IsNullOrEmpty(mapped))
            {
                pendingHyphen |= mapped is null;
                continue;
            }

            if (pendingHyphen && builder.Length > 0)
            {
                builder.Append('-');
            }

            pendingHyphen = false;
            builder.Append(mapped);
        }

        return Truncate(builder.ToString());
    }

    /// <summary>Returns <paramref name="slug"/>, or the first of slug-2, slug-3... that is free.</summary>
    public static string MakeUnique(string slug, Func<string, bool> isTaken)
    {
        ArgumentNullException.ThrowIfNull(isTaken);
        if (!isTaken(slug))
        {
            return slug;
        }

        for (var n = 2; ; n++)
        {
            var suffix = "-" + n.ToString(CultureInfo.InvariantCulture);
            var candidate = Truncate(slug, MaxLength - suffix.Length) + suffix;
            if (!isTaken(candidate))
            {
                return candidate;
            }
        }
    }

    public static bool IsValid(string? slug) =>
        !string.IsNullOrEmpty(slug) && slug.Length <= MaxLength &&
        slug[0] != '-' && slug[^1] != '-' && !slug.Contains("--", StringComparison.Ordinal) &&
        slug.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-');

    private static string Truncate(string slug, int max = MaxLength)
    {
        if (slug.Length <= max)
        {
            return slug;
        }

        var cut = slug[..max];
        var lastHyphen = cut.LastIndexOf('-');
        return (lastHyphen > max / 2 ? cut[..lastHyphen] : cut).TrimEnd('-');
    }

    private static string StripDiacritics(char c)
    {
        var builder = new StringBuilder();
        foreach (var part in c.ToString().Normalize(NormalizationForm.FormD))
        {
            if (part is >= 'a' and <= 'z')
            {
                builder.Append(part);
            }
        }

        return builder.ToString();
    }
}
