using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Web.Routing;

/// <summary>
/// A section list's query string (?year=2024&amp;topic=gender-equality&amp;page=2), read leniently: a value
/// that is not a year, or not a plausible alias, is ignored rather than failing the page.
/// </summary>
public sealed record ListingQuery(ContentFilter Filter, int Page)
{
    public const string YearKey = "year";
    public const string TopicKey = "topic";
    public const string OrganisationKey = "organisation";
    public const string PersonKey = "person";
    public const string PageKey = "page";

    private const int MaxAliasLength = 100;

    public static ListingQuery Parse(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var year = int.TryParse(query[YearKey], NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2999 ? y : (int?)null;
        var page = int.TryParse(query[PageKey], NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p >= 1 ? p : 1;
        return new ListingQuery(new ContentFilter(year, Alias(query[TopicKey]), Alias(query[OrganisationKey]), Alias(query[PersonKey])), page);
    }

    /// <summary>The query string for this filter on another page; empty values are left out.</summary>
    public string ToQueryString(int page)
    {
        var values = new Dictionary<string, string?>
        {
            [YearKey] = Filter.Year?.ToString(CultureInfo.InvariantCulture),
            [TopicKey] = Filter.Topic,
            [OrganisationKey] = Filter.Organisation,
            [PersonKey] = Filter.Person,
            [PageKey] = page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null,
        };
        return QueryHelpers.AddQueryString("", values.Where(v => v.Value is not null));
    }

    private static string? Alias(string? value) =>
        string.IsNullOrWhiteSpace(value) || value.Length > MaxAliasLength || !value.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-')
            ? null
            : value;
}
