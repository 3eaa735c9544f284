namespace OmbudsmanSite.Core.Editorial;

public enum ScheduleAction
{
    Publish,
    Unpublish,
}
