namespace OmbudsmanSite.Core.Editorial;

/// <summary>
/// Publish or unpublish one culture at an instant (stored in UTC; entered and shown in the site's
/// zone). One row per culture, so no culture is lost (Umbraco #14646). A publish schedule names the
/// version that goes live, the working copy when it was set.
/// </summary>
public sealed class ContentSchedule
{
    // For EF Core.
    private ContentSchedule()
    {
    }

    public ContentSchedule(Guid documentId, string culture, ScheduleAction action, DateTime dueUtc, int? versionNumber, ActingUser user, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(user);
        DocumentId = documentId;
        Culture = culture;
        Action = action;
        DueUtc = dueUtc;
        VersionNumber = versionNumber;
        CreatedById = user.Id;
        CreatedByName = user.Name;
        CreatedUtc = nowUtc;
        Status = ScheduleStatus.Pending;
    }

    public long Id { get; private set; }

    public Guid DocumentId { get; private set; }

    public string Culture { get; private set; } = "";

    public ScheduleAction Action { get; private set; }

    public DateTime DueUtc { get; private set; }

    public int? VersionNumber { get; private set; }

    public ScheduleStatus Status { get; set; }

    public string CreatedById { get; private set; } = "";

    public string CreatedByName { get; private set; } = "";

    public DateTime CreatedUtc { get; private set; }

    /// <summary>When it ran, failed or was cancelled.</summary>
    public DateTime? CompletedUtc { get; set; }

    /// <summary>Who cancelled it (by hand, by a newer schedule, or by deleting the item).</summary>
    public string? CancelledByName { get; set; }

    /// <summary>The node that ran it.</summary>
    public string? ClaimedBy { get; set; }

    public string? FailureReason { get; set; }
}
