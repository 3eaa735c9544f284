namespace OmbudsmanSite.Core.Content;

public sealed class ReportDetails
{
    public int Year { get; set; }

    public ReportKind Kind { get; set; }

    /// <summary>The report's file per culture: media library ids (see <see cref="FileId"/>).</summary>
    public LocalizedText Files { get; set; } = new();

    /// <summary>The media item holding the report in <paramref name="culture"/>, if it has one.</summary>
    public Guid? FileId(string culture) => ReportFiles.Id(Files, culture);

    public IEnumerable<(string Culture, Guid MediaId)> FileIds() => ReportFiles.Ids(Files);
}
