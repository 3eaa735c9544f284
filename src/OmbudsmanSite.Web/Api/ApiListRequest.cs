using System.Globalization;
using Microsoft.Extensions.Primitives;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Core.Search;
using OmbudsmanSite.Web.Routing;

namespace OmbudsmanSite.Web.Api;

/// <summary>
/// <c>GET /api/v1/content</c>'s parameters, read strictly: a value that does not parse is an error
/// naming its parameter, never silently dropped (the pages' lists are lenient; a program should hear
/// that it asked wrongly).
/// </summary>
public sealed record ApiListRequest(ContentQuery Query, string? Text, bool ByRelevance)
{
    public const string Sort = "sort";
    public const string Skip = "skip";
    public const string Take = "take";
    public const string After = "after";
    public const string Words = "q";
    public const string Type = "type";

    private static readonly string[] Sorts = ["date:desc", "title:asc", "relevance"];

    /// <summary>The request, or the errors by parameter.</summary>
    public static (ApiListRequest? Request, Dictionary<string, string[]> Errors) Parse(IQueryCollection query, string culture)
    {
        ArgumentNullException.ThrowIfNull(query);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Error(string parameter, string message) => errors[parameter] = [message];
        T? Read<T>(string key, Func<StringValues, T?> read, string expected)
        {
            var raw = query[key];
            if (StringValues.IsNullOrEmpty(raw))
            {
                return default;
            }

            var value = read(raw);
            if (value is null || raw.Count > 1)
            {
                Error(key, expected);
            }

            return value;
        }

        DocumentType? type = null;
        if (!StringValues.IsNullOrEmpty(query[Type]))
        {
            if (DocumentTypeAliases.TryParse(query[Type].ToString(), out var parsed) && parsed is not (DocumentType.Home or DocumentType.Page))
            {
                type = parsed;
            }
            else
            {
                Error(Type, "Use newsArticle, meeting or report.");
            }
        }

        var year = Read(QueryValues.Year, v => QueryValues.ReadYear(v), "A year, such as 2024.");
        var from = Read(QueryValues.From, v => QueryValues.ReadDate(v), "A day as yyyy-MM-dd.");
        var to = Read(QueryValues.To, v => QueryValues.ReadDate(v), "A day as yyyy-MM-dd.");
        if (from > to)
        {
            Error(QueryValues.To, "The last day comes before the first.");
        }

        var format = Read(QueryValues.Format, v => QueryValues.ReadFormat(v), $"One of: {string.Join(", ", MeetingFormats.All.Select(MeetingFormats.ToAlias))}.");
        var topic = Read(QueryValues.Topic, v => QueryValues.ReadAlias(v), "A topic's alias.");
        var organisation = Read(QueryValues.Organisation, v => QueryValues.ReadAlias(v), "An organisation's alias.");
        var person = Read(QueryValues.Person, v => QueryValues.ReadAlias(v), "A person's alias.");
        var withdrawn = Read(QueryValues.Withdrawn, v => v.ToString() switch { "true" => (bool?)true, "false" => false, _ => null }, "true (withdrawn items too) or false.") ?? false;
        var text = query[Words].ToString().Trim();
        if (text.Length > SearchQuery.MaxTextLength)
        {
            Error(Words, $"At most {SearchQuery.MaxTextLength} characters.");
        }

        var sort = query[Sort].ToString() is { Length: > 0 } asked ? asked : text.Length > 0 ? "relevance" : "date:desc";
        if (!Sorts.Contains(sort, StringComparer.Ordinal) || (sort == "relevance" && text.Length == 0) || (sort == "title:asc" && text.Length > 0))
        {
            Error(Sort, text.Length == 0 ? "Use date:desc or title:asc (relevance needs q)." : "With q, use relevance or date:desc.");
        }

        var skip = (int)ReadNumber(query, Skip, 0, ContentQuery.MaxSkip, 0, errors);
        var take = (int)ReadNumber(query, Take, 1, ContentQuery.MaxTake, 20, errors);
        var after = query[After].ToString() is { Length: > 0 } token ? ContentCursor.Parse(token) : null;
        if (!StringValues.IsNullOrEmpty(query[After]) && after is null)
        {
            Error(After, "Not a cursor this API gave: pass the 'next' of the previous answer as it is.");
        }
        else if (after is not null && (text.Length > 0 || after.Sort != (sort == "title:asc" ? ContentSort.TitleAscending : ContentSort.DateDescending)))
        {
            Error(After, "A cursor continues the same order without q.");
        }

        if (text.Length > 0 && skip % take != 0)
        {
            Error(Skip, "With q, skip is a multiple of take.");
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var contentQuery = new ContentQuery
        {
            Culture = culture,
            Type = type,
            Filter = new ContentFilter(year, topic, organisation, person, format, from, to) { IncludeWithdrawn = withdrawn },
            Sort = sort == "title:asc" ? ContentSort.TitleAscending : ContentSort.DateDescending,
            Skip = skip,
            Take = take,
            After = after,
        };
        return (new ApiListRequest(contentQuery, text.Length > 0 ? text : null, sort == "relevance"), errors);
    }

    /// <summary>A whole number in [<paramref name="min"/>, <paramref name="max"/>], <paramref name="fallback"/> when absent, else an error naming <paramref name="key"/>.</summary>
    internal static long ReadNumber(IQueryCollection query, string key, long min, long max, long fallback, Dictionary<string, string[]> errors)
    {
        var raw = query[key].ToString();
        if (raw.Length == 0)
        {
            return fallback;
        }

        if (long.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors[key] = [$"A whole number from {min} to {max}{(key == Skip ? "; page further with the cursor in 'next'" : "")}."];
        return fallback;
    }
}
