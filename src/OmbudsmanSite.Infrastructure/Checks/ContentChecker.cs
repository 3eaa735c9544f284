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
        var textless = files.Count == 0 ? [] : await TextlessPdfsAsync([.. files.Values.Distinct()], cancellationToken);
        var bodies = values.Cultures.ToDictionary(c => c.Key, c => BodyReader.Elements(c.Value.BodyHtml), StringComparer.OrdinalIgnoreCase);
        var addresses = bodies.Values.SelectMany(ExternalLinkResults.In).Distinct(StringComparer.Ordinal).ToList();
        var checkedLinks = await externalLinks.StatusesAsync(addresses, cancellationToken);
        return [.. values.Cultures.Select(pair =>
        {
            var (culture, text) = pair;
            var body = bodies[culture];
            var findings = writing.Check(new CheckedText(culture, type, text.Title, text.Summary, text.SeoDescription, body), unavailable, checkedLinks);
            if (files.TryGetValue(culture, out var file) && textless.TryGetValue(file, out var name))
            {
                findings = [.. findings, new CheckFinding(ContentCheck.ReportFileWithoutText, CheckSeverity.Error, culture, FieldNames.ReportFiles, null, [name])];
            }

            var paragraphs = BodyReader.Paragraphs(body);
            return new LanguageCheckReport(culture, findings, readability.Measure(paragraphs, culture, type), paragraphs);
        })];
    }

    /// <summary>The PDFs among <paramref name="ids"/> the library read no words from (a scan's pages give blank text), by name.</summary>
    private async Task<Dictionary<Guid, string>> TextlessPdfsAsync(List<Guid> ids, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pdfs = await db.MediaItems.AsNoTracking().Where(m => ids.Contains(m.Id) && m.Kind == MediaFileKind.Pdf)
            .Select(m => new { m.Id, m.Name, Start = db.MediaTexts.Where(t => t.MediaItemId == m.Id).Select(t => t.Text.Substring(0, TextSample)).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        return pdfs.Where(p => string.IsNullOrWhiteSpace(p.Start)).ToDictionary(p => p.Id, p => p.Name);
    }
}
