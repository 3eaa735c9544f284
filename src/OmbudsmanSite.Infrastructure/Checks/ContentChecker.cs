using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Checks;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Media;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Checks;

/// <summary>
/// Runs the writing checks and the reading-ease figures over every language of an item's values:
/// what the editor shows as the writer types, and what submitting and publishing look at. Links to
/// items are checked against what is live now (an item live in no language reads as plain text);
/// external links by their last background check (<see cref="ExternalLinkChecks"/>); a report's file
/// in each language against the text the media library could read from it.
/// </summary>
public sealed class ContentChecker(WritingChecks writing, ReadabilityMeter readability, IPublishedContent published, ExternalLinkResults externalLinks, IDbContextFactory<SiteDbContext> contexts)
{
    /// <summary>Characters of a file's text enough to tell words from blank pages, without reading a whole report.</summary>
    private const int TextSample = 2000;

    public async Task<IReadOnlyList<LanguageCheckReport>> CheckAsync(DocumentType type, ContentValues values, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var linked = values.Cultures.Values.SelectMany(text => InternalLink.IdsIn(text.BodyHtml)).Distinct().ToList();
        var live = linked.Count == 0 ? null : await published.AddressesAsync(linked, cancellationToken);
        var unavailable = linked.Where(id => live is null || !live.ContainsKey(id)).ToHashSet();
        var files = (values.Report?.FileIds() ?? []).ToDictionary(f => f.Culture, f => f.MediaId, StringComparer.OrdinalIgnoreCase);
        var pdfs = files.Count == 0 ? [] : await ReportPdfsAsync([.. files.Values.Distinct()], cancellationToken);
        var bodies = values.Cultures.ToDictionary(c => c.Key, c => BodyReader.Elements(c.Value.BodyHtml), StringComparer.OrdinalIgnoreCase);
        var addresses = bodies.Values.SelectMany(ExternalLinkResults.In).Distinct(StringComparer.Ordinal).ToList();
        var checkedLinks = await externalLinks.StatusesAsync(addresses, cancellationToken);
        return [.. values.Cultures.Select(pair =>
        {
            var (culture, text) = pair;
            var body = bodies[culture];
            var findings = writing.Check(new CheckedText(culture, type, text.Title, text.Summary, text.SeoDescription, body), unavailable, checkedLinks);
            if (files.TryGetValue(culture, out var file) && pdfs.TryGetValue(file, out var pdf))
            {
                findings = [.. findings, .. ReportFileFindings(culture, pdf)];
            }

            var paragraphs = BodyReader.Paragraphs(body);
            return new LanguageCheckReport(culture, findings, readability.Measure(paragraphs, culture, type), paragraphs);
        })];
    }

    /// <summary>A report's PDF in <paramref name="culture"/>: no words to read (a scan), no language declared, or another language.</summary>
    private static IEnumerable<CheckFinding> ReportFileFindings(string culture, ReportPdf pdf)
    {
        if (pdf.Textless)
        {
            yield return new CheckFinding(ContentCheck.ReportFileWithoutText, CheckSeverity.Error, culture, FieldNames.ReportFiles, null, [pdf.Name]);
        }

        if (pdf.Language is "")
        {
            yield return new CheckFinding(ContentCheck.ReportFileWithoutLanguage, CheckSeverity.Warning, culture, FieldNames.ReportFiles, null, [pdf.Name]);
        }
        else if (pdf.Language is { } language && !string.Equals(language.Split('-')[0], culture.Split('-')[0], StringComparison.OrdinalIgnoreCase))
        {
            yield return new CheckFinding(ContentCheck.ReportFileLanguageDiffers, CheckSeverity.Warning, culture, FieldNames.ReportFiles, null, [pdf.Name, language]);
        }
    }

    /// <summary>
    /// The PDFs among <paramref name="ids"/>, by id: whether the library read no words from them (a
    /// scan's pages give blank text), and the language each declares.
    /// </summary>
    private async Task<Dictionary<Guid, ReportPdf>> ReportPdfsAsync(List<Guid> ids, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pdfs = await db.MediaItems.AsNoTracking().Where(m => ids.Contains(m.Id) && m.Kind == MediaFileKind.Pdf)
            .Select(m => new { m.Id, m.Name, m.DocumentLanguage, Start = db.MediaTexts.Where(t => t.MediaItemId == m.Id).Select(t => t.Text.Substring(0, TextSample)).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        return pdfs.ToDictionary(p => p.Id, p => new ReportPdf(p.Name, string.IsNullOrWhiteSpace(p.Start), p.DocumentLanguage));
    }

    private sealed record ReportPdf(string Name, bool Textless, string? Language);
}
