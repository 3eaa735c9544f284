namespace OmbudsmanSite.Core.Checks;

/// <summary>A sentence of a paragraph: where it is, and its words (tokens with at least one letter).</summary>
public sealed record ProseSentence(int Start, int Length, IReadOnlyList<string> Words);
