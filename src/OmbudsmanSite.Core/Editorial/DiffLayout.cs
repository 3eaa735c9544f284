namespace OmbudsmanSite.Core.Editorial;

/// <summary>How a field's difference is shown.</summary>
public enum DiffLayout
{
    /// <summary>Words in a line, inserted and deleted ones marked.</summary>
    Text,

    /// <summary>One item a segment (topics, participants, a place per language): each added, removed or kept.</summary>
    List,

    /// <summary>Media items (the lead image): each segment's text is a media id, shown as a thumbnail.</summary>
    Image,

    /// <summary>A body as it reads on the page: <see cref="FieldDiff.Body"/>.</summary>
    Body,
}
