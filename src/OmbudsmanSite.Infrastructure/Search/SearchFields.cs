using OmbudsmanSite.Core.Search;

namespace OmbudsmanSite.Infrastructure.Search;

/// <summary>
/// The index's field names. Text fields carry the culture in their name ("title.az"), so each
/// language's words go through that language's analysis; everything else is shared.
/// </summary>
public static class SearchFields
{
    /// <summary>"{item id}:{culture}": one document per published variant.</summary>
    public const string Key = "key";
    public const string ItemId = "item";
    public const string Culture = "culture";

    /// <summary>"1" on a withdrawn item's documents, which default searches leave out.</summary>
    public const string Withdrawn = "withdrawn";

    /// <summary>When the indexed variant last changed (ticks); compared with the database to find stale documents.</summary>
    public const string Stamp = "stamp";
    public const string Date = "date";
    public const string Slug = "slug";

    // Stored, not searched: what the results page shows and highlights.
    public const string StoredTitle = "stored.title";
    public const string StoredSummary = "stored.summary";
    public const string StoredBody = "stored.body";
    public const string StoredFile = "stored.file";

    /// <summary>The item's own date, absent when it has none (<see cref="Date"/> falls back to creation, for sorting).</summary>
    public const string StoredDate = "stored.date";

    /// <summary>
    /// Weights: a word in the title counts most, then names of people and organisations, then the
    /// summary, the body, and last the text of the variant's report file (PDF).
    /// </summary>
    public static IReadOnlyList<(string Name, float Boost)> Weighted { get; } =
    [
        ("title", 4f),
        ("names", 2.5f),
        ("summary", 2f),
        ("body", 1f),
        ("file", 0.8f),
    ];

    /// <summary>Whole folded words of the title and names, for suggestions while typing.</summary>
    public const string Prefix = "prefix";

    /// <summary>Every word of the variant, folded but not stemmed: what typo tolerance and "did you mean" compare with.</summary>
    public const string Words = "words";

    public static string InCulture(string field, string culture) => field + "." + culture;

    /// <summary>The culture of a per-culture field ("body.az" → "az"), or null for a shared field.</summary>
    public static string? CultureOf(string field)
    {
        var dot = field.LastIndexOf('.');
        return dot < 0 || field.StartsWith("stored.", StringComparison.Ordinal) ? null : field[(dot + 1)..];
    }

    public static string KindOf(string field)
    {
        var dot = field.LastIndexOf('.');
        return dot < 0 ? field : field[..dot];
    }

    public static string Facet(SearchFacet facet) => facet switch
    {
        SearchFacet.Type => "type",
        SearchFacet.Year => "year",
        SearchFacet.Topic => "topic",
        SearchFacet.Organisation => "organisation",
        SearchFacet.Person => "person",
        SearchFacet.Format => "format",
        _ => throw new ArgumentOutOfRangeException(nameof(facet), facet, null),
    };

    public static IReadOnlyList<SearchFacet> Facets { get; } = Enum.GetValues<SearchFacet>();
}
