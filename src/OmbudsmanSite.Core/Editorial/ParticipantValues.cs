using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Core.Editorial;

/// <summary>A person at a meeting, in the role (per culture) and for the organisation they had there. Order is the list's.</summary>
public sealed record ParticipantValues
{
    public required Guid PersonId { get; init; }

    public Guid? OrganisationId { get; init; }

    public LocalizedText Role { get; init; } = LocalizedText.Empty;
}
