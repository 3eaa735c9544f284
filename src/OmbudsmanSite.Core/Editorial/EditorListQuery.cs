using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Core.Editorial;

/// <summary>An editor's list of one document type: filters, sort and page. Every filter is optional.</summary>
public sealed record EditorListQuery(DocumentType Type)
{
    public const int MaxPageSize = 200;

    /// <summary>Words of <see cref="Text"/> looked up; more would only slow the query, never narrow a list that far.</summary>
    public const int MaxTextWords = 6;

    /// <summary>With <see cref="State"/>: the culture whose state is filtered on.</summary>
    public string? StateCulture { get; init; }

    public CultureState? State { get; init; }

    /// <summary>Only items that have a text in this culture.</summary>
    public string? Language { get; init; }

    /// <summary>The id of whoever changed the item last (see <see cref="EditorListAuthor"/>).</summary>
    public string? UpdatedById { get; init; }

    public DateTime? UpdatedFromUtc { get; init; }

    /// <summary>Exclusive.</summary>
    public DateTime? UpdatedToUtc { get; init; }

    /// <summary>Words that each start a word of a title, in any culture (folded as <see cref="TitleWords"/> folds them).</summary>
    public string? Text { get; init; }

    public EditorListSort Sort { get; init; }

    /// <summary>The culture whose titles <see cref="EditorListSort.Title"/> sorts by.</summary>
    public string TitleCulture { get; init; } = "az";

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 50;
}
