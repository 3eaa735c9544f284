namespace OmbudsmanSite.Core.Content;

public enum PublicationState
{
    Draft,
    Published,
}
