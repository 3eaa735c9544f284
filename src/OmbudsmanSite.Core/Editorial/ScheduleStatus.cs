namespace OmbudsmanSite.Core.Editorial;

public enum ScheduleStatus
{
    Pending,
    Done,
    Failed,
    Cancelled,
}
