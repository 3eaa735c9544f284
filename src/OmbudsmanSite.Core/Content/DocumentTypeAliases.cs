namespace OmbudsmanSite.Core.Content;

/// <summary>The stable aliases that name document types in files (uSync, imports, URLs of the API).</summary>
public static class DocumentTypeAliases
{
    private static readonly Dictionary<DocumentType, string> Aliases = new()
    {
        [DocumentType.Home] = "home",
        [DocumentType.Page] = "page",
        [DocumentType.NewsArticle] = "newsArticle",
        [DocumentType.Meeting] = "meeting",
        [DocumentType.Report] = "report",
    };

    private static readonly Dictionary<string, DocumentType> ByAlias =
        Aliases.ToDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);

    public static string AliasOf(DocumentType type) => Aliases[type];

    public static bool TryParse(string? alias, out DocumentType type) =>
        ByAlias.TryGetValue(alias ?? "", out type);
}
