namespace OmbudsmanSite.Core.Editorial;

/// <summary>
/// Someone has an item open in the editor, on some node: a row in the shared database, refreshed
/// while the editor is open and deleted when it closes. A row not seen for the expiry (2 minutes)
/// counts for nothing, so a closed laptop does not hold an item.
/// </summary>
public sealed class EditorPresence
{
    public long Id { get; set; }

    public Guid DocumentId { get; set; }

    /// <summary>One open editor (a user may have the item open twice).</summary>
    public Guid SessionId { get; set; }

    public string UserId { get; set; } = "";

    public string UserName { get; set; } = "";

    /// <summary>The language tab the editor has open.</summary>
    public string Culture { get; set; } = "";

    public DateTime StartedUtc { get; set; }

    public DateTime SeenUtc { get; set; }

    /// <summary>Set when another user took the item over: the editor tells its user, keeps her text and stops.</summary>
    public string? TakenOverByName { get; set; }
}
