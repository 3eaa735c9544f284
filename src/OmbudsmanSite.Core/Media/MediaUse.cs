namespace OmbudsmanSite.Core.Media;

/// <summary>
/// One item that uses one media item: its working copy, or a version live in one of its languages,
/// names the media item (lead image, report file, an image in a body). Kept in step with every
/// editorial write, so "which items use this?" and "which media is unused?" read an index instead of
/// every stored version.
/// </summary>
public sealed class MediaUse
{
    // For EF Core.
    private MediaUse()
    {
    }

    public MediaUse(Guid mediaItemId, Guid documentId)
    {
        MediaItemId = mediaItemId;
        DocumentId = documentId;
    }

    public Guid MediaItemId { get; private set; }

    public Guid DocumentId { get; private set; }
}
