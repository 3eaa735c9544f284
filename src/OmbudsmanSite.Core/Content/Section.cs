namespace OmbudsmanSite.Core.Content;

/// <summary>The listed sections of the public site; each has a localized path segment.</summary>
public enum Section
{
    News,
    Meetings,
    Reports,
}
