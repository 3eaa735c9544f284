namespace OmbudsmanSite.Core.Editorial;

/// <summary>
/// A row of the change journal, appended in the transaction of the write it records. Nodes read it
/// in <see cref="Sequence"/> order to bring caches and the search index up to date.
/// </summary>
public sealed class ContentChange
{
    // For EF Core.
    private ContentChange()
    {
    }

    public ContentChange(Guid? documentId, IEnumerable<string> cultures, ContentChangeKind kind, DateTime utc)
    {
        DocumentId = documentId;
        Cultures = string.Join(',', cultures);
        Kind = kind;
        Utc = utc;
    }

    public long Sequence { get; private set; }

    public Guid? DocumentId { get; private set; }

    public string Cultures { get; private set; } = "";

    public ContentChangeKind Kind { get; private set; }

    public DateTime Utc { get; private set; }
}
