namespace OmbudsmanSite.Core.Content;

public sealed record PublishedReport(int Year, ReportKind Kind, LocalizedText Files)
{
    /// <summary>The media item holding the report in <paramref name="culture"/>, if it has one.</summary>
    public Guid? FileId(string culture) => ReportFiles.Id(Files, culture);

    public IEnumerable<(string Culture, Guid MediaId)> FileIds() => ReportFiles.Ids(Files);
}
