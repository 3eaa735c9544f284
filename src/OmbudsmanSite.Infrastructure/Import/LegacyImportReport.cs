namespace OmbudsmanSite.Infrastructure.Import;

public sealed class LegacyImportReport
{
    public List<(string File, string Title, IReadOnlyList<string> Warnings)> Imported { get; } = [];

    /// <summary>Files whose article already exists (same legacy id): a second run creates no duplicates.</summary>
    public List<string> Skipped { get; } = [];

    /// <summary>"file:line: reason" for each file that could not be read.</summary>
    public List<string> Failed { get; } = [];
}
