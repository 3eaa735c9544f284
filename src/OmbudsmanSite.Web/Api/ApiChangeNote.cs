namespace OmbudsmanSite.Web.Api;

/// <summary>A change readers were told of: when (UTC), and what.</summary>
public sealed record ApiChangeNote(DateTime DateUtc, string Note);
