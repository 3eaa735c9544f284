namespace OmbudsmanSite.Web.Api;

/// <summary>A topic, organisation or person: its alias (stable, used in filters) and its name in the asked language.</summary>
public sealed record ApiTerm(string Alias, string Name);
