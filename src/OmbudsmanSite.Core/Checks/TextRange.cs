namespace OmbudsmanSite.Core.Checks;

/// <summary>A stretch of one paragraph's text (character offsets), and how many words it holds.</summary>
public sealed record TextRange(int Paragraph, int Start, int Length, int Words);
