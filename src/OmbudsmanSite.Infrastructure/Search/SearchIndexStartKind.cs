namespace OmbudsmanSite.Infrastructure.Search;

public enum SearchIndexStartKind
{
    /// <summary>No usable index on disk: built from the database while search said so.</summary>
    Built,

    /// <summary>The index was built with other taxonomy names: rebuilt while the old one served.</summary>
    Rebuilt,

    /// <summary>The items the journal named since the index's sequence number were brought up to date.</summary>
    CaughtUpFromJournal,

    /// <summary>The journal no longer covers the gap (or the index held no sequence number): every stamp compared with the database.</summary>
    Compared,
}
