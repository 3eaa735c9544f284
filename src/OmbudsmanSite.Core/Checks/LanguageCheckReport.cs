namespace OmbudsmanSite.Core.Checks;

/// <summary>
/// What the checks found in one language's texts, how its body reads (null when it has no words),
/// and the body's paragraphs as plain text, which the reading-ease ranges point into.
/// </summary>
public sealed record LanguageCheckReport(string Culture, IReadOnlyList<CheckFinding> Findings, ReadabilityReport? Readability, IReadOnlyList<string> Paragraphs)
{
    public bool HasErrors => Findings.Any(f => f.Severity == CheckSeverity.Error);

    /// <summary>The text a range covers.</summary>
    public string TextOf(TextRange range)
    {
        ArgumentNullException.ThrowIfNull(range);
        return Paragraphs[range.Paragraph].Substring(range.Start, range.Length);
    }
}
