namespace OmbudsmanSite.Infrastructure.Search;

public enum SearchIndexOpening
{
    Opened,
    Missing,
    Corrupt,
    Outdated,
}
