namespace OmbudsmanSite.Core.Editorial;

public enum AuditAction
{
    Create,
    Save,
    Publish,
    Unpublish,
    Schedule,
    ScheduleCancelled,
    ScheduleRan,
    ScheduleFailed,
    Delete,
    Restore,
    Purge,
    Rollback,
    SlugChanged,
    RedirectAdded,
    RedirectRemoved,
    Conflict,
    VersionKept,
    VersionsCleaned,
}
