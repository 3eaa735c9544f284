using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Checks;
using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Core.Tests.Checks;

/// <summary>Reading-ease figures against values worked out by hand (the counts are in each test).</summary>
public sealed class ReadabilityMeterTests
{
    private static readonly ReadabilityOptions Options = new()
    {
        Formulas = new(StringComparer.OrdinalIgnoreCase) { ["en"] = ReadabilityFormula.FleschReadingEase, ["ru"] = ReadabilityFormula.FleschOborneva, ["az"] = ReadabilityFormula.Lix },
    };

    /// <summary>
    /// Ombudsman* həbsxanaya* baş çəkdi | O məhbuslarla* hüquqları* barədə danışdı* | Heç kimə imtina
    /// edilmədi*: 13 words, 3 sentences, 6 longer than six letters (barədə and imtina have six), so
    /// LIX = 13/3 + 100 × 6/13 = 4.333333 + 46.153846 = 50.487179.
    /// </summary>
    private const string AzerbaijaniVisit = "Ombudsman həbsxanaya baş çəkdi. O, məhbuslarla hüquqları barədə danışdı. Heç kimə imtina edilmədi.";

    private readonly ReadabilityMeter _meter = new(Microsoft.Extensions.Options.Options.Create(Options));

    [Fact]
    public void English_is_scored_with_Flesch_reading_ease()
    {
        // The(1) Ombudsman(3) visited(3) the(1) prison(2) | She(1) spoke(1) with(1) people(2) about(2)
        // their(1) rights(1) | Nobody(3) was(1) turned(1) away(2): 16 words, 3 sentences, 26 syllables.
        // 206.835 − 1.015 × 16/3 − 84.6 × 26/16 = 206.835 − 5.413333 − 137.475 = 63.946667
        var report = _meter.Measure(["The Ombudsman visited the prison. She spoke with people about their rights. Nobody was turned away."], "en", DocumentType.NewsArticle)!;

        Assert.Equal((ReadabilityFormula.FleschReadingEase, 16, 3, 26), (report.Formula, report.Words, report.Sentences, report.Syllables));
        Assert.Equal(63.946667, report.Score, 5);
        Assert.Equal(ReadabilityBand.Easy, report.Band);
    }

    [Fact]
    public void Russian_is_scored_with_Obornevas_coefficients()
    {
        // Омбудсмен(3) посетил(3) тюрьму(2) | Она(2) говорила(4) с(0) людьми(2) о(1) правах(2) |
        // Никому(3) не(1) отказали(4): 12 words, 3 sentences, 27 syllables (one per vowel).
        // 206.835 − 1.3 × 12/3 − 60.1 × 27/12 = 206.835 − 5.2 − 135.225 = 66.41
        var report = _meter.Measure(["Омбудсмен посетил тюрьму. Она говорила с людьми о правах. Никому не отказали."], "ru", DocumentType.NewsArticle)!;

        Assert.Equal((ReadabilityFormula.FleschOborneva, 12, 3, 27), (report.Formula, report.Words, report.Sentences, report.Syllables));
        Assert.Equal(66.41, report.Score, 5);
        Assert.Equal(ReadabilityBand.Easy, report.Band);
    }

    [Fact]
    public void Azerbaijani_is_scored_with_LIX()
    {
        var report = _meter.Measure([AzerbaijaniVisit], "az", DocumentType.NewsArticle)!;

        Assert.Equal((ReadabilityFormula.Lix, 13, 3, 6), (report.Formula, report.Words, report.Sentences, report.LongWords));
        Assert.Equal(50.487179, report.Score, 5);
        Assert.Equal(ReadabilityBand.Easy, report.Band);
    }

    [Fact]
    public void A_language_without_a_formula_gets_LIX_and_a_document_type_its_own_targets()
    {
        var options = new ReadabilityOptions
        {
            DocumentTypes = new() { [DocumentType.Report] = new() { [ReadabilityFormula.Lix] = new ReadabilityTarget { Easy = 40, Hard = 50 } } },
        };
        var meter = new ReadabilityMeter(Microsoft.Extensions.Options.Options.Create(options));

        var news = meter.Measure([AzerbaijaniVisit], "tr", DocumentType.NewsArticle)!;

        Assert.Equal((ReadabilityFormula.Lix, ReadabilityBand.Easy), (news.Formula, news.Band));
        Assert.Equal(ReadabilityBand.Hard, meter.Measure([AzerbaijaniVisit], "tr", DocumentType.Report)!.Band); // 50.49 > 50
    }

    [Theory]
    [InlineData(50.49, 51, ReadabilityBand.Easy)] // at or under Easy
    [InlineData(50, 51, ReadabilityBand.Standard)]
    [InlineData(50, 50.48, ReadabilityBand.Hard)] // over Hard
    public void LIX_bands_fall_at_the_targets(double easy, double hard, ReadabilityBand band)
    {
        var options = new ReadabilityOptions { DocumentTypes = new() { [DocumentType.Page] = new() { [ReadabilityFormula.Lix] = new ReadabilityTarget { Easy = easy, Hard = hard } } } };
        var meter = new ReadabilityMeter(Microsoft.Extensions.Options.Options.Create(options));

        Assert.Equal(band, meter.Measure([AzerbaijaniVisit], "az", DocumentType.Page)!.Band);
    }

    [Fact]
    public void Flesch_bands_fall_at_the_targets()
    {
        // A(1) cat(1) sat(1) | It(1) ran(1): 5 words, 2 sentences, 5 syllables: 206.835 − 2.5375 − 84.6 = 119.6975 (easy).
        Assert.Equal(ReadabilityBand.Easy, _meter.Measure(["A cat sat. It ran."], "en", DocumentType.Page)!.Band);

        // One sentence of 12 five-syllable words: 206.835 − 12.18 − 423 = −228.345 (hard).
        Assert.Equal(ReadabilityBand.Hard, _meter.Measure([string.Join(' ', Enumerable.Repeat("documentary", 12)) + "."], "en", DocumentType.Page)!.Band);
    }

    [Fact]
    public void Long_sentences_and_paragraphs_are_pointed_out_where_they_are()
    {
        // Each sentence starts with a capital: a stop before a small letter ends no sentence ("e.g. the").
        var longSentence = "Word " + string.Join(' ', Enumerable.Range(0, 25).Select(_ => "word")) + ".";
        var limit = "Word " + string.Join(' ', Enumerable.Range(0, 24).Select(_ => "word")) + ".";
        var paragraph = string.Join(' ', Enumerable.Range(0, 6).Select(_ => limit));

        var report = _meter.Measure(["Short one. " + longSentence, limit, paragraph], "en", DocumentType.NewsArticle)!;

        var sentence = Assert.Single(report.LongSentences);
        Assert.Equal(new TextRange(0, 11, longSentence.Length, 26), sentence);
        var dense = Assert.Single(report.LongParagraphs);
        Assert.Equal((2, 150), (dense.Paragraph, dense.Words));
    }

    [Fact]
    public void Nothing_to_read_gives_no_score()
    {
        Assert.Null(_meter.Measure(["", "  2026 — 14:00  "], "en", DocumentType.NewsArticle));
    }
}
