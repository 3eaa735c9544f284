namespace OmbudsmanSite.Core.Checks;

/// <summary>What the checks found in one language's texts, and how its body reads (null when it has no words).</summary>
public sealed record LanguageCheckReport(string Culture, IReadOnlyList<CheckFinding> Findings, ReadabilityReport? Readability)
{
    public bool HasErrors => Findings.Any(f => f.Severity == CheckSeverity.Error);
}
