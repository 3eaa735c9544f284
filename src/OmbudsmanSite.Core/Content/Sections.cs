namespace OmbudsmanSite.Core.Content;

/// <summary>Which section lists which document type.</summary>
public static class Sections
{
    public static IReadOnlyList<Section> Listed { get; } = [Section.News, Section.Meetings, Section.Reports];

    public static DocumentType DocumentTypeOf(Section section) => section switch
    {
        Section.News => DocumentType.NewsArticle,
        Section.Meetings => DocumentType.Meeting,
        Section.Reports => DocumentType.Report,
        _ => throw new ArgumentOutOfRangeException(nameof(section), section, null),
    };

    public static Section? SectionOf(DocumentType type) => type switch
    {
        DocumentType.NewsArticle => Section.News,
        DocumentType.Meeting => Section.Meetings,
        DocumentType.Report => Section.Reports,
        _ => null,
    };
}
