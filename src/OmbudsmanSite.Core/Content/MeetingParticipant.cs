namespace OmbudsmanSite.Core.Content;

/// <summary>A person at a meeting, in the role and for the organisation they had there.</summary>
public sealed class MeetingParticipant
{
    public int Id { get; set; }

    public Guid ContentItemId { get; set; }

    public Guid PersonId { get; set; }

    public Guid? OrganisationId { get; set; }

    public LocalizedText Role { get; set; } = new();

    public int SortOrder { get; set; }
}
