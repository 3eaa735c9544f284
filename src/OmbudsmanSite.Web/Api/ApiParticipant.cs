namespace OmbudsmanSite.Web.Api;

/// <summary>A person at a meeting, the organisation they came for, and their role in the item's language.</summary>
public sealed record ApiParticipant(ApiTerm Person, ApiTerm? Organisation, string? Role);
