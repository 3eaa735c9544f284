namespace OmbudsmanSite.Core.Editorial;

/// <summary>
/// A save on a stale base: what is stored now, what was attempted, and the version number under
/// which the attempt was kept, so a merge view can show both and nothing typed is lost.
/// </summary>
public sealed record ConflictDetails(
    int BaseVersion,
    int CurrentVersion,
    string CurrentAuthor,
    ContentValues Current,
    ContentValues Attempted,
    int KeptAsVersion);
