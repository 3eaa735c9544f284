using System.Globalization;
using Microsoft.Extensions.Primitives;
using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Web.Routing;

/// <summary>
/// Query-string keys shared by lists and search, and their lenient readers: a value that does not
/// parse is ignored (the page shows everything rather than failing), never an error.
/// </summary>
public static class QueryValues
{
    public const string Text = "q";
    public const string AllLanguages = "all";

    /// <summary>Search and the API: withdrawn items too ("withdrawn=1").</summary>
    public const string Withdrawn = "withdrawn";
    public const string Type = "type";
    public const string Year = "year";
    public const string Topic = "topic";
    public const string Organisation = "organisation";
    public const string Person = "person";
    public const string Format = "format";
    public const string From = "from";
    public const string To = "to";
    public const string Sort = "sort";
    public const string Page = "page";
    public const string After = "after";

    /// <summary>Dates in URLs and date inputs: ISO 8601 days.</summary>
    public const string DateFormat = "yyyy-MM-dd";

    private const int MaxAliasLength = 100;
    private const int MaxCursorLength = 200;

    public static int? ReadYear(StringValues value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2999 ? year : null;

    public static int ReadPage(StringValues value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1 ? page : 1;

    /// <summary>A list cursor's token as given (checked where it is read), or null when absent or too long to be one.</summary>
    public static string? ReadCursor(StringValues value)
    {
        var text = value.ToString();
        return text.Length is 0 or > MaxCursorLength ? null : text;
    }

    public static DateOnly? ReadDate(StringValues value) =>
        DateOnly.TryParseExact(value.ToString(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year is >= 1900 and <= 2999 ? day : null;

    public static MeetingFormat? ReadFormat(StringValues value) =>
        MeetingFormats.TryParse(value, out var format) ? format : null;

    public static string? ReadAlias(StringValues value)
    {
        var text = value.ToString();
        return string.IsNullOrWhiteSpace(text) || text.Length > MaxAliasLength || !text.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-')
            ? null
            : text;
    }

    public static string? Write(DateOnly? day) => day?.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static string? Write(int? number) => number?.ToString(CultureInfo.InvariantCulture);

    public static string? WritePage(int page) => page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null;

    public static string? Write(MeetingFormat? format) => format is { } value ? MeetingFormats.ToAlias(value) : null;
}
