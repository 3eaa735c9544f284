using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Core.Editorial;

public sealed record MeetingValues
{
    public MeetingFormat Format { get; init; }

    public LocalizedText Location { get; init; } = LocalizedText.Empty;

    public IReadOnlyList<ParticipantValues> Participants { get; init; } = [];

    public bool Equals(MeetingValues? other) =>
        other is not null && Format == other.Format && Location.Equals(other.Location) && Participants.SequenceEqual(other.Participants);

    public override int GetHashCode() => HashCode.Combine(Format, Location, Participants.Count);
}
