namespace OmbudsmanSite.Core.Content;

public enum MeetingFormat
{
    InPerson,
    Online,
    Videoconference,
}
