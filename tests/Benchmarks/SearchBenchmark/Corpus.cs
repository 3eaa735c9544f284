using System.Text.RegularExpressions;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Search;
using OmbudsmanSite.Core.Taxonomy;
using YamlDotNet.RepresentationModel;

namespace OmbudsmanSite.SearchBenchmark;

/// <summary>
/// Generated content with real words: sentences are runs of consecutive words from the uSync
/// content of each language, so word frequencies, lengths and phrases are those of the site.
/// </summary>
internal sealed partial class Corpus
{
    private readonly Dictionary<string, string[]> _tokens = [];
    private readonly TaxonomyItem[] _topics;
    private readonly TaxonomyItem[] _organisations;
    private readonly TaxonomyItem[] _people;
    private static readonly DocumentType[] Types = [DocumentType.NewsArticle, DocumentType.NewsArticle, DocumentType.Meeting, DocumentType.Meeting, DocumentType.Report];

    private Corpus(IReadOnlyList<string> cultures, TaxonomyItem[] topics, TaxonomyItem[] organisations, TaxonomyItem[] people)
    {
        Cultures = cultures;
        _topics = topics;
        _organisations = organisations;
        _people = people;
        Taxonomy = topics.Concat(organisations).Concat(people).ToDictionary(t => t.Id);
    }

    public IReadOnlyList<string> Cultures { get; }

    public IReadOnlyDictionary<Guid, TaxonomyItem> Taxonomy { get; }

    public static Corpus Load(string uSync, IReadOnlyList<string> cultures)
    {
        var corpus = new Corpus(cultures, Terms(uSync, "Topics", TaxonomyKind.Topic), Terms(uSync, "Organisations", TaxonomyKind.Organisation), Terms(uSync, "People", TaxonomyKind.Person));
        var text = cultures.ToDictionary(c => c, _ => new List<string>());
        foreach (var file in Directory.GetFiles(Path.Combine(uSync, "Content"), "*.yaml", SearchOption.AllDirectories))
        {
            var yaml = new YamlStream();
            using (var reader = File.OpenText(file))
            {
                yaml.Load(reader);
            }

            var variants = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode).Children[new YamlScalarNode("variants")];
            foreach (var (culture, node) in variants.Children)
            {
                var values = (YamlMappingNode)node;
                foreach (var key in new[] { "title", "summary", "body" })
                {
                    if (values.Children.TryGetValue(new YamlScalarNode(key), out var value) && text.TryGetValue(((YamlScalarNode)culture).Value!, out var words))
                    {
                        words.AddRange(Word().Matches(HtmlText.ToPlainText(((YamlScalarNode)value).Value)).Select(m => m.Value));
                    }
                }
            }
        }

        foreach (var (culture, words) in text)
        {
            corpus._tokens[culture] = [.. words];
        }

        return corpus;
    }

    public IEnumerable<ContentItem> Items(int count, Random random)
    {
        var now = DateTime.UtcNow;
        for (var n = 0; n < count; n++)
        {
            var item = new ContentItem(Guid.NewGuid(), Types[random.Next(Types.Length)], now)
            {
                DateUtc = new DateTime(2005, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(random.Next(0, 22 * 365 * 24 * 60)),
            };
            item.SetTaxonomy(Pick(random, _topics, 1, 3).Concat(Pick(random, _organisations, 0, 2)).Select(t => t.Id));
            if (item.Meeting is { } meeting)
            {
                meeting.Format = (MeetingFormat)random.Next(3);
                item.SetParticipants(Pick(random, _people, 1, 4).Select(p => new MeetingParticipant { PersonId = p.Id, OrganisationId = _organisations[random.Next(_organisations.Length)].Id }));
            }

            foreach (var culture in Cultures)
            {
                var variant = item.AddVariant(culture, Sentence(culture, random, 6, 14), now);
                variant.Summary = Sentence(culture, random, 15, 35);
                variant.BodyHtml = string.Concat(Enumerable.Range(0, random.Next(3, 7)).Select(_ => "<p>" + string.Join(". ", Enumerable.Range(0, random.Next(2, 5)).Select(_ => Sentence(culture, random, 8, 22))) + ".</p>"));
                variant.SetSlug("item-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture), now);
                item.Publish(culture, now);
            }

            yield return item;
        }
    }

    public SearchQuery OneWord(Random random) => Query(random, culture => LongWord(culture, random));

    public SearchQuery ThreeWords(Random random) => Query(random, culture =>
    {
        var tokens = _tokens[culture];
        var start = random.Next(tokens.Length - 12);
        return string.Join(' ', tokens.Skip(start).Take(12).Where(t => t.Length >= 4).Take(3));
    });

    public SearchQuery Phrase(Random random) => Query(random, culture => "\"" + Sentence(culture, random, 2, 3) + "\"");

    public SearchQuery Typo(Random random) => Query(random, culture =>
    {
        var word = LongWord(culture, random, minimum: 7);
        var at = random.Next(1, word.Length - 2);
        return word[..at] + word[at + 1] + word[at] + word[(at + 2)..];
    });

    public SearchQuery Faceted(Random random) => OneWord(random) with
    {
        Type = Types[random.Next(Types.Length)],
        Topic = _topics[random.Next(_topics.Length)].Alias,
    };

    private SearchQuery Query(Random random, Func<string, string> text)
    {
        var culture = Cultures[random.Next(Cultures.Count)];
        return new SearchQuery { Culture = culture, Text = text(culture) };
    }

    private string LongWord(string culture, Random random, int minimum = 4)
    {
        var tokens = _tokens[culture];
        while (true)
        {
            var word = tokens[random.Next(tokens.Length)];
            if (word.Length >= minimum)
            {
                return word;
            }
        }
    }

    private string Sentence(string culture, Random random, int min, int max)
    {
        var tokens = _tokens[culture];
        var length = random.Next(min, max + 1);
        var start = random.Next(tokens.Length - length);
        return string.Join(' ', tokens, start, length);
    }

    private static IEnumerable<TaxonomyItem> Pick(Random random, TaxonomyItem[] from, int min, int max) =>
        from.OrderBy(_ => random.Next()).Take(random.Next(min, max + 1));

    private static TaxonomyItem[] Terms(string uSync, string folder, TaxonomyKind kind) =>
        [.. Directory.GetFiles(Path.Combine(uSync, folder), "*.yaml").Select(file =>
        {
            var alias = Path.GetFileNameWithoutExtension(file);
            return new TaxonomyItem
            {
                Id = Guid.NewGuid(),
                Kind = kind,
                Alias = alias,
                Names = new LocalizedText([new("az", alias), new("en", alias.Replace('-', ' ')), new("ru", alias)]),
            };
        })];

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’-]*")]
    private static partial Regex Word();
}
