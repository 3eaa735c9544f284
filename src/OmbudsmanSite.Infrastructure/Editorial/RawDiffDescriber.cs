using System.Globalization;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>Values as they are stored (UTC dates, ids, enum names): for a diff no person reads, such as a test's.</summary>
public sealed class RawDiffDescriber : IDiffDescriber
{
    public static RawDiffDescriber Instance { get; } = new();

    public string Instant(DateTime utc) => utc.ToString("u", CultureInfo.InvariantCulture);

    public string Name(Guid taxonomyId) => taxonomyId.ToString("D");

    public string Format(MeetingFormat format) => format.ToString();

    public string ReportKind(ReportKind kind) => kind.ToString();

    public string Language(string culture) => culture;

    public string Localized(LocalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Join(" | ", text.Values.Select(p => $"{p.Key}: {p.Value}"));
    }
}
