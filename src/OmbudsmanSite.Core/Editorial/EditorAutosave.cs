namespace OmbudsmanSite.Core.Editorial;

/// <summary>
/// What one user last typed into one item, kept apart from the working copy (WordPress's autosave):
/// it is nobody else's draft, it makes no version, and the editor offers it back after a lost
/// connection or a closed tab. One row per user and item, replaced by each autosave.
/// </summary>
public sealed class EditorAutosave
{
    public long Id { get; set; }

    public Guid DocumentId { get; set; }

    public string UserId { get; set; } = "";

    /// <summary>The working copy the typing started from: a restore on a newer one is a conflict to show.</summary>
    public int BaseVersion { get; set; }

    public DateTime SavedUtc { get; set; }

    public string ValuesJson { get; set; } = "";

    /// <summary>Slugs typed for cultures that have none yet, as JSON.</summary>
    public string SlugsJson { get; set; } = "{}";
}
