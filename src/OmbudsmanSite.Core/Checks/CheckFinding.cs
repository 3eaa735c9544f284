namespace OmbudsmanSite.Core.Checks;

/// <summary>
/// One thing a check found in one language's text: which check, how serious, the field
/// ("en.body"), the body element it is about (its <see cref="BodyElement.Index"/>, so the editor can
/// go there), and the values its message names (the link text, the levels), never an English sentence.
/// </summary>
public sealed record CheckFinding(ContentCheck Check, CheckSeverity Severity, string Culture, string Field, int? Element = null, IReadOnlyList<string>? Values = null)
{
    public IReadOnlyList<string> Values { get; init; } = Values ?? [];
}
