namespace OmbudsmanSite.Core.Content;

public sealed class ReportDetails
{
    public int Year { get; set; }

    public ReportKind Kind { get; set; }

    /// <summary>The report file per culture. A path for now; media ids once the media library lands.</summary>
    public LocalizedText Files { get; set; } = new();
}
