namespace OmbudsmanSite.Core.Editorial;

public enum VersionKind
{
    Created,
    Saved,
    RolledBack,

    /// <summary>Values typed on a stale base, kept so nothing is lost; never the working copy.</summary>
    Conflicted,
}
