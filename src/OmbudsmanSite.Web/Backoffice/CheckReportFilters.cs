using OmbudsmanSite.Core.Checks;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Localization;

namespace OmbudsmanSite.Web.Backoffice;

/// <summary>The checks report's filters as its address carries them: check, language, type, last editor and severity.</summary>
public sealed record CheckReportFilters(string? Check, string? Language, string? Type, string? Editor, string? Severity)
{
    public static CheckReportFilters Of(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new(Value(query, "check"), Value(query, "language"), Value(query, "type"), Value(query, "editor"), Value(query, "severity"));
    }

    /// <summary>The query; each filter that cannot be read is left out and named in <paramref name="invalid"/> (field id, string key).</summary>
    public CheckReportQuery ToQuery(SiteCultures cultures, int page, ICollection<(string Field, string MessageKey)> invalid)
    {
        ArgumentNullException.ThrowIfNull(cultures);
        ArgumentNullException.ThrowIfNull(invalid);
        if (Language is { Length: > 0 } && !cultures.IsKnown(Language))
        {
            invalid.Add(("language", "ChecksFilterInvalid"));
        }

        return new CheckReportQuery
        {
            Check = Parse<ContentCheck>(Check, "check", invalid),
            Culture = Language is { Length: > 0 } && cultures.IsKnown(Language) ? Language : null,
            Type = Parse<DocumentType>(Type, "type", invalid),
            EditedBy = Editor is { Length: > 0 } ? Editor : null,
            Severity = Parse<CheckSeverity>(Severity, "severity", invalid),
            Page = page,
        };
    }

    private static T? Parse<T>(string? value, string field, ICollection<(string Field, string MessageKey)> invalid)
        where T : struct, Enum
    {
        if (value is not { Length: > 0 })
        {
            return null;
        }

        if (FilterValue.TryEnum<T>(value, out var parsed))
        {
            return parsed;
        }

        invalid.Add((field, "ChecksFilterInvalid"));
        return null;
    }

    private static string? Value(IQueryCollection query, string name) => FilterValue.Of(query, name);
}
