namespace OmbudsmanSite.Core.Editorial;

/// <summary>The field paths used in <see cref="FieldError"/>s and diffs, so forms and services agree.</summary>
public static class FieldNames
{
    public const string Date = "date";
    public const string Image = "image";
    public const string Taxonomy = "taxonomy";
    public const string MeetingFormat = "meeting.format";
    public const string MeetingLocation = "meeting.location";
    public const string Participants = "meeting.participants";
    public const string ReportYear = "report.year";
    public const string ReportKind = "report.kind";
    public const string ReportFiles = "report.files";
    public const string Title = "title";
    public const string Slug = "slug";
    public const string Summary = "summary";
    public const string Body = "body";
    public const string SeoDescription = "seoDescription";
    public const string Culture = "culture";
    public const string Version = "version";
    public const string Schedule = "schedule";

    public const string ForceReason = "force-reason";

    /// <summary>A culture's change note on a significant publish ("en.change-note").</summary>
    public const string ChangeNote = "change-note";

    /// <summary>A culture's public explanation of a withdrawal ("en.withdrawal").</summary>
    public const string Withdrawal = "withdrawal";

    /// <summary>The item that replaces one removed as published in error.</summary>
    public const string Replacement = "replacement";

    public const string ReviewNote = "review-note";

    /// <summary>A reviewer's decision for one language ("ru.decision"); its schedule is "ru.schedule".</summary>
    public const string ReviewDecision = "decision";
    public const string Redirect = "redirect";
    public const string Type = "type";
    public const string LegacyId = "legacyId";

    /// <summary>A name given by hand: an API key's.</summary>
    public const string Name = "name";

    /// <summary>A language's own texts, in the editor's order.</summary>
    public static IReadOnlyList<string> CultureTexts { get; } = [Title, Summary, Body, SeoDescription];

    /// <summary>Every field of an item's values that a comparison or a merge names; each has a label in the backoffice.</summary>
    public static IReadOnlyList<string> Values { get; } =
        [Date, Image, Taxonomy, MeetingFormat, MeetingLocation, Participants, ReportYear, ReportKind, ReportFiles, .. CultureTexts];

    public static string ForCulture(string culture, string field) => $"{culture}.{field}";
}
