using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Core.Search;

/// <summary>
/// What a visitor asked for: words and "exact phrases" in <see cref="Text"/>, in the page's
/// <see cref="Culture"/> (or in every language when <see cref="AllLanguages"/>), narrowed by
/// facets and a date range. Taxonomy is named by alias, as in URLs.
/// </summary>
public sealed record SearchQuery
{
    /// <summary>Longer input is cut here: nobody types more, and it bounds the work a query can cause.</summary>
    public const int MaxTextLength = 200;

    public required string Culture { get; init; }

    public string Text { get; init; } = "";

    public bool AllLanguages { get; init; }

    /// <summary>Withdrawn items too: they keep their pages and stay findable, but only when asked.</summary>
    public bool IncludeWithdrawn { get; init; }

    public DocumentType? Type { get; init; }

    public int? Year { get; init; }

    public string? Topic { get; init; }

    public string? Organisation { get; init; }

    public string? Person { get; init; }

    public MeetingFormat? Format { get; init; }

    /// <summary>First day included, in the site's time zone.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last day included, in the site's time zone.</summary>
    public DateOnly? To { get; init; }

    public SearchSort Sort { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = 10;

    /// <summary>The list filters this query narrows by (all but the type and the words).</summary>
    public ContentFilter Filter => new(Year, Topic, Organisation, Person, Format, From, To);

    /// <summary>This query narrowed like a section list: the search that continues a filtered list.</summary>
    public SearchQuery NarrowedBy(ContentFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return this with
        {
            Year = filter.Year,
            Topic = filter.Topic,
            Organisation = filter.Organisation,
            Person = filter.Person,
            Format = filter.Format,
            From = filter.From,
            To = filter.To,
        };
    }

    /// <summary>How many facets narrow this query: the type and the list filters (<see cref="ContentFilter.Count"/>).</summary>
    public int FilterCount => (Type is null ? 0 : 1) + Filter.Count;

    public bool HasFilters =>
        Type is not null || Year is not null || Topic is not null || Organisation is not null || Person is not null ||
        Format is not null || From is not null || To is not null;

    /// <summary>The value this query filters <paramref name="facet"/> by, as it is indexed; null when it does not.</summary>
    public string? FilterValue(SearchFacet facet) => facet switch
    {
        SearchFacet.Type => Type is { } type ? DocumentTypeAliases.AliasOf(type) : null,
        SearchFacet.Year => Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        SearchFacet.Topic => Topic,
        SearchFacet.Organisation => Organisation,
        SearchFacet.Person => Person,
        SearchFacet.Format => Format is { } format ? MeetingFormats.ToAlias(format) : null,
        _ => null,
    };
}

public enum SearchSort
{
    Relevance,
    Newest,
}

/// <summary>The properties results can be narrowed by, each counted in <see cref="SearchResults.Facets"/>.</summary>
public enum SearchFacet
{
    Type,
    Year,
    Topic,
    Organisation,
    Person,
    Format,
}
