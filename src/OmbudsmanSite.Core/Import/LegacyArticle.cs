namespace OmbudsmanSite.Core.Import;

/// <summary>An article read from the old site's scraped text, before it becomes a draft item.</summary>
public sealed record LegacyArticle(
    string SourceName,
    string Title,
    bool TitleWasDerived,
    DateTime? DateUtc,
    int? ViewCount,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The stable identity a second import recognises: the file name without extension.</summary>
    public string LegacyId => Path.GetFileNameWithoutExtension(SourceName);
}
