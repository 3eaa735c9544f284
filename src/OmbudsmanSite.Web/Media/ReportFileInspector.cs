using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.FileProviders;
using OmbudsmanSite.Core.Configuration;

namespace OmbudsmanSite.Web.Media;

/// <summary>
/// Reads type, size and page count of report files kept in the files folder (Site:FilesPath). Until the media library
/// (with PdfPig) lands, the page count comes from counting page objects in the PDF, which works for
/// files whose page dictionaries are not inside compressed object streams; otherwise it is unknown
/// and simply not shown.
/// </summary>
public sealed partial class ReportFileInspector(SiteFiles files)
{
    private readonly ConcurrentDictionary<(string Path, DateTimeOffset Modified), ReportFile> _cache = new();

    public ReportFile Inspect(string url, string culture)
    {
        ArgumentNullException.ThrowIfNull(url);
        var fileType = Path.GetExtension(url).TrimStart('.').ToUpperInvariant();
        if (!url.StartsWith(SiteOptions.FilesRequestPath + "/", StringComparison.Ordinal) || url.Contains("..", StringComparison.Ordinal))
        {
            return new ReportFile(url, culture, fileType, null, null);
        }

        var file = files.Provider.GetFileInfo(url[SiteOptions.FilesRequestPath.Length..]);
        if (!file.Exists || file.IsDirectory)
        {
            return new ReportFile(url, culture, fileType, null, null);
        }

        return _cache.GetOrAdd((url, file.LastModified), _ => new ReportFile(url, culture, fileType, file.Length, fileType == "PDF" ? CountPdfPages(file) : null));
    }

    private static int? CountPdfPages(IFileInfo file)
    {
        using var stream = file.CreateReadStream();
        using var reader = new StreamReader(stream, Encoding.Latin1);
        var count = PageObject().Count(reader.ReadToEnd());
        return count > 0 ? count : null;
    }

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();
}
