namespace OmbudsmanSite.Core.Checks;

/// <summary>
/// A text's reading-ease score, its band against the document type's targets, the figures the score
/// comes from, and the sentences and paragraphs to look at.
/// </summary>
public sealed record ReadabilityReport(
    ReadabilityFormula Formula,
    double Score,
    ReadabilityBand Band,
    int Words,
    int Sentences,
    int Syllables,
    int LongWords,
    IReadOnlyList<TextRange> LongSentences,
    IReadOnlyList<TextRange> LongParagraphs)
{
    public double WordsPerSentence => Sentences == 0 ? 0 : (double)Words / Sentences;
}
