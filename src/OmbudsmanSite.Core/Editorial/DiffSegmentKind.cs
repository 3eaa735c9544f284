namespace OmbudsmanSite.Core.Editorial;

public enum DiffSegmentKind
{
    Unchanged,
    Inserted,
    Deleted,
}
