using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Import;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Import;

/// <summary>
/// Creates draft items from articles scraped off the old site. Every file is parsed before
/// anything is written and saved in its own transaction, so a malformed file is reported (file and
/// line) and the others still import; an article already imported (by legacy id) is skipped.
/// </summary>
public sealed class LegacyArticleImporter(
    IDbContextFactory<SiteDbContext> contextFactory,
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

            if (await SaveDraftAsync(article, type, culture, cancellationToken))
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

    private async Task<bool> SaveDraftAsync(LegacyArticle article, DocumentType type, string culture, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await db.ContentItems.AnyAsync(c => c.LegacyId == article.LegacyId, cancellationToken))
        {
            return false;
        }

        var now = clock.UtcNow;
        var item = new ContentItem(Guid.NewGuid(), type, now)
        {
            DateUtc = article.DateUtc,
            LegacyId = article.LegacyId,
            LegacyViewCount = article.ViewCount,
        };
        var variant = item.AddVariant(culture, article.Title, now);
        variant.BodyHtml = LegacyArticleParser.ToBodyHtml(article.Paragraphs);
        await SlugAssigner.AssignAsync(db, item, variant, null, now, cancellationToken);
        db.ContentItems.Add(item);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException) when (!cancellationToken.IsCancellationRequested)
        {
            // Another import run may have saved the same article between our check and our insert.
            if (await LegacyIdExistsAsync(article.LegacyId, cancellationToken))
            {
                return false;
            }

            throw;
        }
    }

    private async Task<bool> LegacyIdExistsAsync(string legacyId, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.ContentItems.AnyAsync(c => c.LegacyId == legacyId, cancellationToken);
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
