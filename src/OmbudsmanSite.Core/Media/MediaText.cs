namespace OmbudsmanSite.Core.Media;

/// <summary>
/// The text of a document (a report's PDF), extracted once on upload for search. Kept apart from
/// <see cref="MediaItem"/> so that pages, which never need it, never load it.
/// </summary>
public sealed class MediaText
{
    public Guid MediaItemId { get; set; }

    public string Text { get; set; } = "";
}
