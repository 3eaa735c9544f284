using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Core.Editorial;

public sealed record ReportValues
{
    public int Year { get; init; }

    public ReportKind Kind { get; init; }

    /// <summary>The report's file per culture: media library ids as text.</summary>
    public LocalizedText Files { get; init; } = LocalizedText.Empty;

    /// <summary>Every culture's media id.</summary>
    public IEnumerable<(string Culture, Guid MediaId)> FileIds() => ReportFiles.Ids(Files);
}
