namespace OmbudsmanSite.Core.Editorial;

/// <summary>One line of the append-only audit trail. No code path updates or deletes one.</summary>
public sealed class AuditEntry
{
    public const int MaxDetailLength = 500;

    // For EF Core.
    private AuditEntry()
    {
    }

    public AuditEntry(DateTime utc, ActingUser user, AuditAction action, Guid? documentId, IEnumerable<string> cultures, int? versionNumber, string? detail)
    {
        ArgumentNullException.ThrowIfNull(user);
        Utc = utc;
        UserId = user.Id;
        UserName = user.Name;
        Action = action;
        DocumentId = documentId;
        Cultures = string.Join(',', cultures);
        VersionNumber = versionNumber;
        Detail = detail is { Length: > MaxDetailLength } ? detail[..(MaxDetailLength - 1)] + "…" : detail;
    }

    public long Id { get; private set; }

    public DateTime Utc { get; private set; }

    public string UserId { get; private set; } = "";

    public string UserName { get; private set; } = "";

    public AuditAction Action { get; private set; }

    public Guid? DocumentId { get; private set; }

    /// <summary>Comma-separated culture codes, empty when the action is not about a culture.</summary>
    public string Cultures { get; private set; } = "";

    public int? VersionNumber { get; private set; }

    public string? Detail { get; private set; }
}
