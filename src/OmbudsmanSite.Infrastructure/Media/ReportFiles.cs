using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Configuration;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace OmbudsmanSite.Infrastructure.Media;

/// <summary>
/// Report files in the files folder (served at <see cref="SiteOptions.FilesRequestPath"/>): their size,
/// and for PDFs the page count and text, read with PdfPig, remembered per file version.
/// </summary>
public sealed class ReportFiles(IOptions<SiteOptions> site, ILogger<ReportFiles> logger)
{
    /// <summary>Text kept per file: enough for search and snippets, bounded so one huge report cannot fill memory.</summary>
    public const int MaxTextLength = 200_000;

    private readonly ConcurrentDictionary<(string Path, DateTime Modified, long Length), ReportFileContent> _read = new();
    private readonly string _root = site.Value.ResolveFilesPath();

    /// <summary>The file behind a URL like "/files/reports/annual-2024-en.pdf", or null (missing, or outside the folder).</summary>
    public ReportFileContent? Read(string? url)
    {
        if (url is null || !url.StartsWith(SiteOptions.FilesRequestPath + "/", StringComparison.Ordinal))
        {
            return null;
        }

        var full = ContainedPath.Resolve(_root, url[(SiteOptions.FilesRequestPath.Length + 1)..]);
        if (full is null || !File.Exists(full))
        {
            return null;
        }

        var info = new FileInfo(full);
        return _read.GetOrAdd((full, info.LastWriteTimeUtc, info.Length), key => Load(key.Path, key.Length));
    }

    private ReportFileContent Load(string path, long length)
    {
        if (!path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            return new ReportFileContent(length, null, "");
        }

        try
        {
            using var document = PdfDocument.Open(path);
            var text = new StringBuilder();
            foreach (Page page in document.GetPages())
            {
                if (text.Length >= MaxTextLength)
                {
                    break;
                }

                text.AppendJoin(' ', page.GetWords().Select(w => w.Text)).Append('\n');
            }

            return new ReportFileContent(length, document.NumberOfPages, text.Length > MaxTextLength ? text.ToString(0, MaxTextLength) : text.ToString());
        }
#pragma warning disable CA1031 // A damaged PDF still has a size; it is shown without pages and not searched.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            logger.LogWarning(exception, "Could not read the PDF {Path}", path);
            return new ReportFileContent(length, null, "");
        }
    }
}

public sealed record ReportFileContent(long Length, int? PageCount, string Text);
