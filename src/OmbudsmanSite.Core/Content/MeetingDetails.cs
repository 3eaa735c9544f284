namespace OmbudsmanSite.Core.Content;

/// <summary>
/// Invariant properties of a meeting. Announcements of future meetings and accounts of past ones
/// are the same type: the start time decides which one a visitor sees.
/// </summary>
public sealed class MeetingDetails
{
    public MeetingFormat Format { get; set; }

    public LocalizedText Location { get; set; } = new();
}
