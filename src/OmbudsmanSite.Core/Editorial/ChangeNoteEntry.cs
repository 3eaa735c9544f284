namespace OmbudsmanSite.Core.Editorial;

/// <summary>One significant change as readers were told of it: when, and the note.</summary>
public sealed record ChangeNoteEntry(DateTime Utc, string Note);
