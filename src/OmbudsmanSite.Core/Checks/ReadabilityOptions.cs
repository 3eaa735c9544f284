using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Core.Checks;

/// <summary>The "ContentChecks:Readability" section: formulas per language, targets per document type.</summary>
public sealed class ReadabilityOptions
{
    public const string SectionName = "ContentChecks:Readability";

    /// <summary>The formula of each language by culture code; a language not named here is scored with <see cref="DefaultFormula"/>.</summary>
    public Dictionary<string, ReadabilityFormula> Formulas { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>LIX, the one formula that needs nothing of a language.</summary>
    public ReadabilityFormula DefaultFormula { get; set; } = ReadabilityFormula.Lix;

    /// <summary>Targets of each formula for every document type without its own.</summary>
    public Dictionary<ReadabilityFormula, ReadabilityTarget> Targets { get; set; } = new()
    {
        // Flesch 60 is "plain English"; below 30 is read comfortably only by graduates.
        [ReadabilityFormula.FleschReadingEase] = new() { Easy = 60, Hard = 30 },
        [ReadabilityFormula.FleschOborneva] = new() { Easy = 60, Hard = 30 },

        // Björnsson: up to 40 ordinary prose, above 55 specialist text. These bands are set for
        // Azerbaijani, which builds words with suffixes: 57–61 % of the words of the five uSync
        // meetings' az texts pass six letters, against 35–40 % in their English versions, which puts
        // the same text about 20 points higher. The az texts score LIX 76–95 where their English
        // versions score Flesch −1 to 17 and Russian ones −25 to 10: hard in each language.
        [ReadabilityFormula.Lix] = new() { Easy = 60, Hard = 75 },
    };

    /// <summary>Targets that differ for a document type (reports may be denser than news), by formula.</summary>
    public Dictionary<DocumentType, Dictionary<ReadabilityFormula, ReadabilityTarget>> DocumentTypes { get; set; } = [];

    /// <summary>A sentence with more words than this is highlighted.</summary>
    public int MaxSentenceWords { get; set; } = 25;

    /// <summary>A paragraph with more words than this is highlighted.</summary>
    public int MaxParagraphWords { get; set; } = 120;

    public ReadabilityFormula FormulaFor(string culture) => Formulas.TryGetValue(culture, out var formula) ? formula : DefaultFormula;

    public ReadabilityTarget TargetFor(DocumentType type, ReadabilityFormula formula) =>
        DocumentTypes.TryGetValue(type, out var own) && own.TryGetValue(formula, out var target) ? target
        : Targets.TryGetValue(formula, out var shared) ? shared
        : throw new InvalidOperationException($"No readability target for {formula} (ContentChecks:Readability:Targets).");
}
