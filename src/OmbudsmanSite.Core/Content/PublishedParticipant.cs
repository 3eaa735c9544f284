namespace OmbudsmanSite.Core.Content;

/// <summary>A person at a published meeting, in list order.</summary>
public sealed record PublishedParticipant(Guid PersonId, Guid? OrganisationId, LocalizedText Role);
