using System.Text;
using Microsoft.Extensions.Logging;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Import;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Infrastructure.Editorial;

namespace OmbudsmanSite.Infrastructure.Import;

/// <summary>
/// Creates draft items from articles scraped off the old site. Every file is parsed before
/// anything is written and saved in its own transaction, so a malformed file is reported (file and
/// line) and the others still import; an article already imported (by legacy id) is skipped.
/// </summary>
public sealed class LegacyArticleImporter(
    ContentEditingService editing,
    SiteClock clock,
    SiteCultures cultures,
    ILogger<LegacyArticleImporter> logger)
{
    public const string FilePattern = "*.txt";

    public async Task<LegacyImportReport> ImportAsync(IEnumerable<string> paths, DocumentType type, string culture, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        if (!cultures.IsKnown(culture))
        {
            throw new ArgumentException($"'{culture}' is not a configured language.", nameof(culture));
        }

        var report = new LegacyImportReport();
        foreach (var file in ExpandFiles(paths, report))
        {
            var name = Path.GetFileName(file);
            LegacyArticle article;
            try
            {
                var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(await File.ReadAllBytesAsync(file, cancellationToken));
                article = LegacyArticleParser.Parse(name, text, clock.TimeZone);
            }
            catch (LegacyImportException ex)
            {
                report.Failed.Add(ex.Message);
                continue;
            }
            catch (DecoderFallbackException)
            {
                report.Failed.Add($"{name}:1: the file is not UTF-8 text.");
                continue;
            }

            bool created;
            try
            {
                created = await SaveDraftAsync(article, type, culture, cancellationToken);
            }
            catch (LegacyImportException ex)
            {
                report.Failed.Add(ex.Message);
                continue;
            }

            if (created)
            {
                report.Imported.Add((name, article.Title, article.Warnings));
            }
            else
            {
                report.Skipped.Add(name);
            }
        }

        logger.LogInformation(
            "Legacy import: {Imported} imported, {Skipped} already present, {Failed} failed",
            report.Imported.Count, report.Skipped.Count, report.Failed.Count);
        return report;
    }

    /// <summary>Creates the draft through the editorial services; false when an item already has the article's legacy id.</summary>
    private async Task<bool> SaveDraftAsync(LegacyArticle article, DocumentType type, string culture, CancellationToken cancellationToken)
    {
        var result = await editing.CreateAsync(
            new CreateContentRequest
            {
                Type = type,
                LegacyId = article.LegacyId,
                LegacyViewCount = article.ViewCount,
                Comment = "Imported from the old site",
                Values = new ContentValues
                {
                    DateUtc = article.DateUtc,
                    Cultures = new Dictionary<string, CultureValues>
                    {
                        [culture] = new() { Title = article.Title, BodyHtml = LegacyArticleParser.ToBodyHtml(article.Paragraphs) },
                    },
                },
            },
            SystemUsers.LegacyImport,
            cancellationToken);
        if (result.Succeeded)
        {
            return true;
        }

        if (result.Errors.Any(e => e.Field == FieldNames.LegacyId))
        {
            return false;
        }

        throw new LegacyImportException($"{article.SourceName}:1: {string.Join(" ", result.Errors.Select(e => e.Message))}");
    }

    private static IEnumerable<string> ExpandFiles(IEnumerable<string> paths, LegacyImportReport report)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.GetFiles(path, FilePattern).Order(StringComparer.Ordinal))
                {
                    yield return file;
                }
            }
            else if (File.Exists(path))
            {
                yield return path;
            }
            else
            {
                report.Failed.Add($"{path}:0: no such file or folder.");
            }
        }
    }
}
