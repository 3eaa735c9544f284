namespace OmbudsmanSite.Core.Editorial;

/// <summary>What an open editor learns on each beat: whether someone took the item over from her, and who else has it open.</summary>
public sealed record PresenceBeat(string? TakenOverBy, IReadOnlyList<EditorPresence> Others);
