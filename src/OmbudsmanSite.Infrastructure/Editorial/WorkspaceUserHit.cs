namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>An account the backoffice search found: whom to open, by name and address.</summary>
public sealed record WorkspaceUserHit(string Id, string Name, string? Email);
