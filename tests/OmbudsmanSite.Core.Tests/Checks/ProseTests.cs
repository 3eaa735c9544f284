using OmbudsmanSite.Core.Checks;

namespace OmbudsmanSite.Core.Tests.Checks;

public sealed class ProseTests
{
    [Theory]
    [InlineData("The cat sat. It ran!", new[] { 3, 2 })]
    [InlineData("Use e.g. the form. Then wait.", new[] { 5, 2 })] // a small letter after the stop: not a sentence end
    [InlineData("Inflation was 3.5 per cent in 2025.", new[] { 5 })] // numbers are not words, and "3.5" ends nothing
    [InlineData("Он сказал: «Мы пришли.» Потом ушёл.", new[] { 4, 2 })]
    [InlineData("Annual report 2025", new[] { 2 })] // a heading: a sentence without a stop
    [InlineData("Wait... What? Yes!", new[] { 1, 1, 1 })]
    [InlineData("Ombudsman's office — well-known", new[] { 3 })] // apostrophes and hyphens inside a word
    public void Sentences_and_their_words(string text, int[] words)
    {
        Assert.Equal(words, Prose.Sentences(text).Select(s => s.Words.Count));
    }

    [Fact]
    public void A_sentence_spans_its_words_and_closing_marks()
    {
        const string Text = "  «Yes.» No  ";
        var sentences = Prose.Sentences(Text);

        Assert.Equal(["Yes.»", "No"], sentences.Select(s => Text.Substring(s.Start, s.Length)));
    }

    [Theory]
    [InlineData("the", 1)]
    [InlineData("make", 1)]
    [InlineData("makes", 1)]
    [InlineData("used", 1)]
    [InlineData("boxes", 2)]
    [InlineData("wanted", 2)]
    [InlineData("people", 2)]
    [InlineData("table", 2)]
    [InlineData("agree", 2)]
    [InlineData("year", 1)]
    [InlineData("Ombudsman", 3)]
    [InlineData("documentary", 5)]
    public void English_syllables(string word, int syllables) => Assert.Equal(syllables, Prose.EnglishSyllables(word));

    [Theory]
    [InlineData("в", 0)]
    [InlineData("Омбудсмен", 3)]
    [InlineData("ёлка", 2)]
    [InlineData("ПРАВАХ", 2)]
    public void Russian_syllables_are_vowels(string word, int syllables) => Assert.Equal(syllables, Prose.RussianSyllables(word));
}
