namespace OmbudsmanSite.Core.Editorial;

/// <summary>
/// What a significant publish changed, told to readers in one language (GOV.UK's change note): the
/// page shows "Updated on" and the list of notes. A minor publish leaves none.
/// </summary>
public sealed class ChangeNote
{
    public const int MaxLength = 1000;

    // For EF Core.
    private ChangeNote()
    {
    }

    public ChangeNote(Guid documentId, string culture, string note, ActingUser user, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(user);
        DocumentId = documentId;
        Culture = culture;
        Note = note;
        ByName = user.Name;
        Utc = nowUtc;
    }

    public long Id { get; private set; }

    public Guid DocumentId { get; private set; }

    public string Culture { get; private set; } = "";

    public string Note { get; private set; } = "";

    /// <summary>Who published it (for the audit and the backoffice; the public sees only the note and its date).</summary>
    public string ByName { get; private set; } = "";

    public DateTime Utc { get; private set; }
}
