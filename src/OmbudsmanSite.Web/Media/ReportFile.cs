using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Media;

namespace OmbudsmanSite.Web.Media;

/// <summary>What a visitor needs to know before downloading a report file.</summary>
public sealed record ReportFile(string Url, string Culture, string FileType, string ContentType, long SizeBytes, int? PageCount)
{
    public static ReportFile From(PublishedMedia item, string culture)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new ReportFile(MediaEndpoints.FileUrl(item), culture, MediaFileKinds.Extension(item.Kind).TrimStart('.').ToUpperInvariant(), item.ContentType, item.Length, item.PageCount);
    }
}
