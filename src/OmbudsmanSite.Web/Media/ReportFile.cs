namespace OmbudsmanSite.Web.Media;

/// <summary>What a visitor needs to know before downloading a report file.</summary>
public sealed record ReportFile(string Url, string Culture, string FileType, long? SizeBytes, int? PageCount);
