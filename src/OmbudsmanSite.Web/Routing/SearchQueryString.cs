using Microsoft.AspNetCore.WebUtilities;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Search;

namespace OmbudsmanSite.Web.Routing;

/// <summary>
/// The search page's query string (?q=görüş&amp;type=meeting&amp;topic=…&amp;from=2024-01-01&amp;all=1&amp;sort=newest),
/// read leniently: what does not parse is left out, and the text is cut to its maximum length.
/// </summary>
public static class SearchQueryString
{
    public const string NewestSort = "newest";

    public static SearchQuery Parse(IQueryCollection query, string culture, int pageSize)
    {
        ArgumentNullException.ThrowIfNull(query);
        var listing = ListingQuery.Parse(query);
        var text = query[QueryValues.Text].ToString();
        return new SearchQuery
        {
            Culture = culture,
            Text = text.Length > SearchQuery.MaxTextLength ? text[..SearchQuery.MaxTextLength] : text,
            AllLanguages = query[QueryValues.AllLanguages] == "1",
            IncludeWithdrawn = query[QueryValues.Withdrawn] == "1",
            Type = DocumentTypeAliases.TryParse(query[QueryValues.Type], out var type) && Sections.SectionOf(type) is not null ? type : null,
            Sort = query[QueryValues.Sort] == NewestSort ? SearchSort.Newest : SearchSort.Relevance,
            Page = listing.Page,
            PageSize = pageSize,
        }.NarrowedBy(listing.Filter);
    }

    public static string ToQueryString(SearchQuery query, int page)
    {
        ArgumentNullException.ThrowIfNull(query);
        // The list filters are written by ListingQuery, so lists and search share one URL form.
        var values = new List<KeyValuePair<string, string?>>
        {
            new(QueryValues.Text, string.IsNullOrWhiteSpace(query.Text) ? null : query.Text),
            new(QueryValues.Type, query.Type is { } type ? DocumentTypeAliases.AliasOf(type) : null),
        };
        values.AddRange(new ListingQuery(query.Filter, page).Values());
        values.Add(new(QueryValues.Sort, query.Sort == SearchSort.Newest ? NewestSort : null));
        values.Add(new(QueryValues.AllLanguages, query.AllLanguages ? "1" : null));
        values.Add(new(QueryValues.Withdrawn, query.IncludeWithdrawn ? "1" : null));
        return QueryHelpers.AddQueryString("", values.Where(v => v.Value is not null));
    }
}
