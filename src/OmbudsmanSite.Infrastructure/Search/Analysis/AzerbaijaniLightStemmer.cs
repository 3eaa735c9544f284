using OmbudsmanSite.Infrastructure.Caching;

namespace OmbudsmanSite.Infrastructure.Search.Analysis;

/// <summary>
/// A light suffix stripper for folded Azerbaijani (after ə→e/a, ı→i, ü→u, ö→o). Azerbaijani stacks
/// suffixes (noun + plural + possessive + case: "hüquq-lar-ı-nın"), so it strips from the end, up to
/// three suffixes, and never leaves a stem shorter than
/// <see cref="MinStem"/> letters (five for one-letter suffixes, which are the most ambiguous).
/// The rules, with the vowel-harmony pairs folded together:
/// <list type="bullet">
/// <item>plural: -lar/-ler</item>
/// <item>cases: ablative -dan/-den/-tan/-ten, locative -da/-de/-ta/-te, genitive -nin/-nun/-in/-un,
/// dative -na/-ne/-ya/-ye/-a/-e, accusative -ni/-nu/-i/-u, instrumental -la/-le/-yla/-yle</item>
/// <item>possessive third person: -si/-su (and -sin- before cases)</item>
/// <item>verbs: infinitive -maq/-mek, perfect -ib/-ub, past -di/-du/-ti/-tu, future -acaq/-ecek,
/// passive/causative stems are left alone</item>
/// </list>
/// Without a dictionary some endings are ambiguous: "ombudsmanın" is ombudsman+ın or ombudsma+nın,
/// "görüşü" is görüş+ü or görü+sü. <see cref="Stems"/> therefore follows every parse and returns all
/// the stems it reaches; the filter indexes (and queries) them at one position, so the right parse
/// always meets its nominative form. Checked by the tests on words from the seed meetings (görüşlər,
/// hüquqları, Ombudsmanın, Azərbaycanda, qadınların, Əliyevanın...) and on words that must stay whole
/// (insan, ombudsman, mandat).
/// </summary>
public static class AzerbaijaniLightStemmer
{
    public const int MinStem = 4;

    private static readonly string[] Suffixes =
    [
        "acaq", "ecek", "yla", "yle", "dan", "den", "tan", "ten", "lar", "ler", "nin", "nun", "maq", "mek",
        "sin", "sun", "da", "de", "ta", "te", "in", "un", "na", "ne", "ya", "ye", "ni", "nu", "la", "le",
        "si", "su", "ib", "ub", "di", "du", "ti", "tu", "a", "e", "i", "u",
    ];

    private const int MaxSuffixes = 3;

    private static readonly WordCache<IReadOnlyList<string>> Cache = new(Compute, stems => ApproximateSize.ObjectOverhead + stems.Sum(ApproximateSize.Of));

    /// <summary>Every stem the suffix rules reach, in a stable order; the word itself when none applies.</summary>
    public static IReadOnlyList<string> Stems(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Cache.Get(word);
    }

    private static IReadOnlyList<string> Compute(string word)
    {
        var stems = new SortedSet<string>(StringComparer.Ordinal);
        Collect(word, MaxSuffixes, stems);
        return [.. stems];
    }

    private static void Collect(string word, int depth, SortedSet<string> stems)
    {
        var stripped = false;
        if (depth > 0)
        {
            foreach (var suffix in Suffixes)
            {
                var minimum = suffix.Length == 1 ? MinStem + 1 : MinStem;
                if (word.Length - suffix.Length >= minimum && word.EndsWith(suffix, StringComparison.Ordinal))
                {
                    stripped = true;
                    Collect(word[..^suffix.Length], depth - 1, stems);
                }
            }
        }

        if (!stripped)
        {
            stems.Add(word);
        }
    }
}
