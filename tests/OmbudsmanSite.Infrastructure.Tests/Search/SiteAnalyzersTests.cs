using Lucene.Net.Analysis.TokenAttributes;
using OmbudsmanSite.Infrastructure.Search.Analysis;

namespace OmbudsmanSite.Infrastructure.Tests.Search;

/// <summary>
/// What a visitor types against what an editor wrote, through each culture's real analysis chain:
/// a query matches when every one of its word positions shares a term with the text.
/// </summary>
public sealed class SiteAnalyzersTests
{
    [Theory]
    [InlineData("Səbinə Əliyeva", "Aliyeva")]
    [InlineData("Səbinə Əliyeva", "eliyeva")]
    [InlineData("Səbinə Əliyeva", "Əliyevanın")]
    [InlineData("Görüşlər keçirilib", "gorus")]
    [InlineData("Görüşlər keçirilib", "görüşü")]
    [InlineData("İnsan hüquqları üzrə Müvəkkil", "insan")]
    [InlineData("İnsan hüquqları üzrə Müvəkkil", "İNSAN HÜQUQLARI")]
    [InlineData("İnsan hüquqları üzrə Müvəkkil", "huquq")]
    [InlineData("Ombudsmanın mandatı", "ombudsman")]
    [InlineData("Azərbaycanda qadınların hüquqları", "azerbaycan qadin")]
    [InlineData("Aydın Səfixanlı", "Safikhanli")]
    [InlineData("Rəşid Rumzadə", "Rumzade")]
    public void Azerbaijani_text_is_found_as_people_type_it(string text, string query) =>
        Assert.True(Matches("az", text, query), $"'{query}' should find '{text}'");

    [Theory]
    [InlineData("Омбудсмен Сабина Алиева приняла", "Aliyeva")]
    [InlineData("встреча с Сабиной Алиевой", "Aliyeva")]
    [InlineData("встреча с Сабиной Алиевой", "Алиева")]
    [InlineData("Айдын Сафиханлы", "Safikhanli")]
    [InlineData("Уполномоченный по правам человека", "права человека")]
    [InlineData("обсуждены перспективы сотрудничества", "сотрудничество")]
    [InlineData("Её полномочия", "ее полномочия")]
    public void Russian_text_is_found_by_stems_and_by_latin_names(string text, string query) =>
        Assert.True(Matches("ru", text, query), $"'{query}' should find '{text}'");

    [Theory]
    [InlineData("Ombudsman Sabina Aliyeva receives", "Алиева")]
    [InlineData("The Commissioner's meetings with NGOs", "commissioner meeting")]
    [InlineData("Sabina Aliyeva", "Əliyeva")]
    public void English_text_is_found_by_stems_and_by_cyrillic_names(string text, string query) =>
        Assert.True(Matches("en", text, query), $"'{query}' should find '{text}'");

    [Theory]
    [InlineData("az", "İnsan hüquqları", "bakı")]
    [InlineData("az", "Səbinə Əliyeva", "Rumzadə")]
    [InlineData("ru", "Сабина Алиева", "Школьников")]
    [InlineData("en", "gender equality", "domestic")]
    public void Unrelated_words_do_not_match(string culture, string text, string query) =>
        Assert.False(Matches(culture, text, query), $"'{query}' should not find '{text}'");

    [Theory]
    [InlineData("gorusu", "gorus")]
    [InlineData("eliyevanin", "eliyev")]
    [InlineData("gorusler", "gorus")]
    [InlineData("huquqlari", "huquq")]
    [InlineData("huquqlarinin", "huquq")]
    [InlineData("ombudsmanin", "ombudsman")]
    [InlineData("azerbaycanda", "azerbaycan")]
    [InlineData("qadinlarin", "qadin")]
    [InlineData("tedbirlerden", "tedbir")]
    public void Light_stemmer_reaches_the_root_through_stacked_suffixes(string word, string stem) =>
        Assert.Contains(stem, AzerbaijaniLightStemmer.Stems(word));

    [Theory]
    [InlineData("insan")]
    [InlineData("ombudsman")]
    [InlineData("mandat")]
    [InlineData("baki")]
    public void Light_stemmer_leaves_bare_roots_whole(string word) =>
        Assert.Equal([word], AzerbaijaniLightStemmer.Stems(word));

    [Theory]
    [InlineData("aliyeva", "aliev")]
    [InlineData("алиевой", "aliev")]
    [InlineData("əliyeva", "aliev")]
    [InlineData("сафиханлы", "safixanl")]
    [InlineData("safikhanli", "safixanl")]
    public void Cross_script_keys_meet(string word, string key) =>
        Assert.Equal(key, CrossScriptKey.For(word));

    [Fact]
    public void Lowercasing_is_turkic_for_azerbaijani_only()
    {
        Assert.Contains("insan", Terms("az", "İNSAN").SelectMany(p => p));
        Assert.Contains("iraq", Terms("en", "IRAQ").SelectMany(p => p));
    }

    private static bool Matches(string culture, string text, string query)
    {
        var indexed = Terms(culture, text, forIndexing: true).SelectMany(p => p).ToHashSet(StringComparer.Ordinal);
        var positions = Terms(culture, query, forIndexing: false);
        return positions.Count > 0 && positions.All(alternatives => alternatives.Any(indexed.Contains));
    }

    /// <summary>The analysed terms, grouped by position (synonyms and keys share one).</summary>
    private static List<List<string>> Terms(string culture, string text, bool forIndexing = true)
    {
        using var analyzer = SiteAnalyzers.For(culture, forIndexing);
        using var stream = analyzer.GetTokenStream("body", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var position = stream.AddAttribute<IPositionIncrementAttribute>();
        var positions = new List<List<string>>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            if (position.PositionIncrement > 0 || positions.Count == 0)
            {
                positions.Add([]);
            }

            positions[^1].Add(term.ToString());
        }

        stream.End();
        return positions;
    }
}
