using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Core.Editorial;

/// <summary>
/// The words a diff shows values in, for the one reading it: dates in the site's zone, topics,
/// organisations, people, formats and languages in her language.
/// </summary>
public interface IDiffDescriber
{
    string Instant(DateTime utc);

    /// <summary>A topic, organisation or person.</summary>
    string Name(Guid taxonomyId);

    string Format(MeetingFormat format);

    string ReportKind(ReportKind kind);

    string Language(string culture);

    /// <summary>A text given per language ("a role"), in her language when it has one.</summary>
    string Localized(LocalizedText text);
}
