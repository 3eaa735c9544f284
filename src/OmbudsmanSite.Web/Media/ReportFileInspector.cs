using OmbudsmanSite.Infrastructure.Media;

namespace OmbudsmanSite.Web.Media;

/// <summary>Type, size and page count of a report's file for the report page, read by <see cref="ReportFiles"/> (PdfPig).</summary>
public sealed class ReportFileInspector(ReportFiles files)
{
    public ReportFile Inspect(string url, string culture)
    {
        ArgumentNullException.ThrowIfNull(url);
        var fileType = Path.GetExtension(url).TrimStart('.').ToUpperInvariant();
        return files.Read(url) is { } content
            ? new ReportFile(url, culture, fileType, content.Length, content.PageCount)
            : new ReportFile(url, culture, fileType, null, null);
    }
}
