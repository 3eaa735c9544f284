namespace OmbudsmanSite.Core.Content;

public sealed record PublishedMeeting(MeetingFormat Format, LocalizedText Location);
