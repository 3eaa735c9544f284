using OmbudsmanSite.Core.Slugs;

namespace OmbudsmanSite.Core.Tests.Slugs;

public sealed class SlugGeneratorTests
{
    [Theory]
    [InlineData("Xəbərlər", "xeberler")]
    [InlineData("Görüşlər", "gorusler")]
    [InlineData("İnsan hüquqları üzrə Müvəkkil", "insan-huquqlari-uzre-muvekkil")]
    [InlineData("Səbinə Əliyeva", "sebine-eliyeva")]
    [InlineData("QIZ və ÇAĞ", "qiz-ve-cag")]
    [InlineData("Ombudsman Aparatında BMT-nin", "ombudsman-aparatinda-bmt-nin")]
    public void Transliterates_Azerbaijani(string title, string expected) =>
        Assert.Equal(expected, SlugGenerator.Generate(title));

    [Theory]
    [InlineData("Новости", "novosti")]
    [InlineData("Встреча с Сабиной Алиевой", "vstrecha-s-sabinoi-alievoi")]
    [InlineData("Щедрость, жизнь, цель, юность, ясность", "shchedrost-zhizn-tsel-iunost-iasnost")]
    [InlineData("Объединённые Нации", "obieedinennye-natsii")]
    [InlineData("Хачмаз и Шеки", "khachmaz-i-sheki")]
    public void Transliterates_Russian_by_ICAO_Doc_9303(string title, string expected) =>
        Assert.Equal(expected, SlugGenerator.Generate(title));

    [Theory]
    [InlineData("Women’s rights: a “new” era!", "womens-rights-a-new-era")]
    [InlineData("  --COP29--  ", "cop29")]
    [InlineData("Café Zürich", "cafe-zurich")]
    [InlineData("28 May – Republic Day", "28-may-republic-day")]
    public void Collapses_punctuation_and_strips_accents(string title, string expected) =>
        Assert.Equal(expected, SlugGenerator.Generate(title));

    [Fact]
    public void Cuts_long_titles_at_a_word_boundary()
    {
        var slug = SlugGenerator.Generate(string.Join(' ', Enumerable.Repeat("cooperation", 20)));

        Assert.True(slug.Length <= SlugGenerator.MaxLength);
        Assert.EndsWith("cooperation", slug, StringComparison.Ordinal);
        Assert.True(SlugGenerator.IsValid(slug));
    }

    [Fact]
    public void MakeUnique_appends_the_first_free_number()
    {
        var taken = new HashSet<string> { "meeting", "meeting-2" };

        Assert.Equal("meeting-3", SlugGenerator.MakeUnique("meeting", taken.Contains));
        Assert.Equal("report", SlugGenerator.MakeUnique("report", taken.Contains));
    }

    [Theory]
    [InlineData("good-slug-1", true)]
    [InlineData("Bad", false)]
    [InlineData("-lead", false)]
    [InlineData("double--hyphen", false)]
    [InlineData("", false)]
    [InlineData("xəbər", false)]
    public void IsValid_accepts_only_lowercase_ascii_words(string slug, bool valid) =>
        Assert.Equal(valid, SlugGenerator.IsValid(slug));
}
