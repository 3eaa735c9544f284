using System.Globalization;

namespace OmbudsmanSite.Core.Content;

public sealed record PublishedReport(int Year, ReportKind Kind, LocalizedText Files)
{
    /// <summary>The media item holding the report in <paramref name="culture"/>, if it has one.</summary>
    public Guid? FileId(string culture) => Guid.TryParse(Files[culture], CultureInfo.InvariantCulture, out var id) ? id : null;

    public IEnumerable<(string Culture, Guid MediaId)> FileIds()
    {
        foreach (var culture in Files.Values.Keys)
        {
            if (FileId(culture) is { } id)
            {
                yield return (culture, id);
            }
        }
    }
}
