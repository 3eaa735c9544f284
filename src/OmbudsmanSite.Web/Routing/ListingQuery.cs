using Microsoft.AspNetCore.WebUtilities;
using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Web.Routing;

/// <summary>
/// A section list's query string (?year=2024&amp;topic=gender-equality&amp;format=online&amp;from=2024-01-01&amp;page=2),
/// read leniently by <see cref="QueryValues"/>. A deep page reached by its Next link also names where
/// it starts (<see cref="After"/>, a cursor token).
/// </summary>
public sealed record ListingQuery(ContentFilter Filter, int Page, string? After = null)
{
    public const string YearKey = QueryValues.Year;
    public const string TopicKey = QueryValues.Topic;
    public const string OrganisationKey = QueryValues.Organisation;
    public const string PersonKey = QueryValues.Person;
    public const string FormatKey = QueryValues.Format;
    public const string FromKey = QueryValues.From;
    public const string ToKey = QueryValues.To;
    public const string PageKey = QueryValues.Page;
    public const string AfterKey = QueryValues.After;

    public static ListingQuery Parse(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var from = QueryValues.ReadDate(query[FromKey]);
        var to = QueryValues.ReadDate(query[ToKey]);
        if (from > to)
        {
            (from, to) = (to, from); // Typed the wrong way round: still one range.
        }

        var filter = new ContentFilter(
            QueryValues.ReadYear(query[YearKey]),
            QueryValues.ReadAlias(query[TopicKey]),
            QueryValues.ReadAlias(query[OrganisationKey]),
            QueryValues.ReadAlias(query[PersonKey]),
            QueryValues.ReadFormat(query[FormatKey]),
            from,
            to);
        return new ListingQuery(filter, QueryValues.ReadPage(query[PageKey]), QueryValues.ReadCursor(query[AfterKey]));
    }

    /// <summary>The query string for this filter on another page (starting after <paramref name="after"/>, if given); empty values are left out.</summary>
    public string ToQueryString(int page, string? after = null) =>
        QueryHelpers.AddQueryString("", new ListingQuery(Filter, page, after).Values().Where(v => v.Value is not null));

    /// <summary>Every key with its value (null when unset), in URL order; the search page adds its own around them.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Values() =>
    [
        new(YearKey, QueryValues.Write(Filter.Year)),
        new(TopicKey, Filter.Topic),
        new(OrganisationKey, Filter.Organisation),
        new(PersonKey, Filter.Person),
        new(FormatKey, QueryValues.Write(Filter.Format)),
        new(FromKey, QueryValues.Write(Filter.From)),
        new(ToKey, QueryValues.Write(Filter.To)),
        new(PageKey, QueryValues.WritePage(Page)),
        new(AfterKey, After),
    ];
}
