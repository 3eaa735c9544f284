using OmbudsmanSite.Core.Checks;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;

namespace OmbudsmanSite.Infrastructure.Checks;

/// <summary>
/// Runs the writing checks and the reading-ease figures over every language of an item's values:
/// what the editor shows as the writer types, and what submitting and publishing look at. Links to
/// items are checked against what is live now (an item live in no language reads as plain text).
/// </summary>
public sealed class ContentChecker(WritingChecks writing, ReadabilityMeter readability, IPublishedContent published)
{
    public async Task<IReadOnlyList<LanguageCheckReport>> CheckAsync(DocumentType type, ContentValues values, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var linked = values.Cultures.Values.SelectMany(text => InternalLink.IdsIn(text.BodyHtml)).Distinct().ToList();
        var live = linked.Count == 0 ? null : await published.AddressesAsync(linked, cancellationToken);
        var unavailable = linked.Where(id => live is null || !live.ContainsKey(id)).ToHashSet();
        return [.. values.Cultures.Select(pair =>
        {
            var (culture, text) = pair;
            var findings = writing.Check(new CheckedText(culture, type, text.Title, text.Summary, text.SeoDescription, BodyReader.Elements(text.BodyHtml)), unavailable);
            var paragraphs = BodyReader.Paragraphs(text.BodyHtml);
            return new LanguageCheckReport(culture, findings, readability.Measure(paragraphs, culture, type), paragraphs);
        })];
    }
}
