using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Core.Checks;

/// <summary>Scores plain-text paragraphs in one language for reading ease (see <see cref="ReadabilityFormula"/>).</summary>
public sealed class ReadabilityMeter(IOptions<ReadabilityOptions> options)
{
    /// <summary>LIX's long word: more than this many letters.</summary>
    private const int LixLongWord = 6;

    /// <summary>The report, or null when the paragraphs hold no word.</summary>
    public ReadabilityReport? Measure(IReadOnlyList<string> paragraphs, string culture, DocumentType type)
    {
        ArgumentNullException.ThrowIfNull(paragraphs);
        var settings = options.Value;
        var formula = settings.FormulaFor(culture);
        var (words, sentences, syllables, longWords) = (0, 0, 0, 0);
        var longSentences = new List<TextRange>();
        var longParagraphs = new List<TextRange>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var paragraphWords = 0;
            foreach (var sentence in Prose.Sentences(paragraphs[p]))
            {
                sentences++;
                paragraphWords += sentence.Words.Count;
                foreach (var word in sentence.Words)
                {
                    syllables += formula switch
                    {
                        ReadabilityFormula.FleschReadingEase => Prose.EnglishSyllables(word),
                        ReadabilityFormula.FleschOborneva => Prose.RussianSyllables(word),
                        _ => 0,
                    };
                    longWords += Prose.Letters(word) > LixLongWord ? 1 : 0;
                }

                if (sentence.Words.Count > settings.MaxSentenceWords)
                {
                    longSentences.Add(new TextRange(p, sentence.Start, sentence.Length, sentence.Words.Count));
                }
            }

            words += paragraphWords;
            if (paragraphWords > settings.MaxParagraphWords)
            {
                longParagraphs.Add(new TextRange(p, 0, paragraphs[p].Length, paragraphWords));
            }
        }

        if (words == 0)
        {
            return null;
        }

        var perSentence = (double)words / sentences;
        var score = formula switch
        {
            ReadabilityFormula.FleschReadingEase => 206.835 - (1.015 * perSentence) - (84.6 * syllables / words),
            ReadabilityFormula.FleschOborneva => 206.835 - (1.3 * perSentence) - (60.1 * syllables / words),
            _ => perSentence + (100.0 * longWords / words),
        };
        var target = settings.TargetFor(type, formula);
        var band = formula == ReadabilityFormula.Lix
            ? score <= target.Easy ? ReadabilityBand.Easy : score > target.Hard ? ReadabilityBand.Hard : ReadabilityBand.Standard
            : score >= target.Easy ? ReadabilityBand.Easy : score < target.Hard ? ReadabilityBand.Hard : ReadabilityBand.Standard;
        return new ReadabilityReport(formula, score, band, words, sentences, syllables, longWords, longSentences, longParagraphs);
    }
}
