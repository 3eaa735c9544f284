namespace OmbudsmanSite.Core.Content;

/// <summary>The kinds of content item. uSync/DocumentTypes holds one file per value, by alias.</summary>
public enum DocumentType
{
    Home,
    Page,
    NewsArticle,
    Meeting,
    Report,
}
