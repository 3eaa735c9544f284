namespace OmbudsmanSite.Core.Editorial;

/// <summary>
/// One word of a culture's working title (<see cref="TitleWords"/>): the index that lets a list of
/// 100,000 items find titles by the start of their words without reading every title.
/// </summary>
public sealed class DocumentTitleWord
{
    // For EF Core.
    private DocumentTitleWord()
    {
    }

    public DocumentTitleWord(Guid documentId, string culture, string word)
    {
        DocumentId = documentId;
        Culture = culture;
        Word = word;
    }

    public Guid DocumentId { get; private set; }

    public string Culture { get; private set; } = "";

    public string Word { get; private set; } = "";
}
