using OmbudsmanSite.Core.Editorial;

namespace OmbudsmanSite.Core.Tests.Editorial;

public sealed class TitleWordsTests
{
    [Theory]
    [InlineData("İnsan hüquqları üzrə müvəkkil", new[] { "insan", "hüquqlari", "üzrə", "müvəkkil" })]
    [InlineData("ILHAM, ılıq — Iğdır", new[] { "ilham", "iliq", "iğdir" })]
    [InlineData("Ёлка и ЕЛКА: ёж", new[] { "елка", "и", "еж" })]
    [InlineData("Women’s rights, women's RIGHTS", new[] { "womens", "rights" })]
    [InlineData("Report 2025/26 (draft)", new[] { "report", "2025", "26", "draft" })]
    [InlineData("  — … ", new string[0])]
    public void A_title_becomes_its_distinct_folded_words(string title, string[] words) =>
        Assert.Equal(words, TitleWords.Of(title));

    [Fact]
    public void A_word_longer_than_the_index_keeps_is_cut_and_a_query_cut_the_same_way_still_finds_it()
    {
        var word = new string('ş', 100);
        Assert.Equal(TitleWords.MaxWordLength, Assert.Single(TitleWords.Of(word)).Length);
        Assert.Equal(TitleWords.Of(word), TitleWords.Of(word.ToUpperInvariant()));
    }
}
