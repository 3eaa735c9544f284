namespace OmbudsmanSite.Web.Api;

/// <summary>A meeting's format, place (in the item's language) and who took part.</summary>
public sealed record ApiMeeting(string Format, string? Location, IReadOnlyList<ApiParticipant> Participants);
