using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;

namespace OmbudsmanSite.Core.Checks;

/// <summary>
/// The checks of one language's text that need nothing but the text: images, headings, links,
/// structure and metadata. What a link leads to is asked of <c>unavailable</c> (items unpublished,
/// deleted or withdrawn) and of <c>externalLinks</c> (the last background check of each external
/// address), which the caller knows.
/// </summary>
public sealed partial class WritingChecks(IOptions<ContentCheckOptions> options)
{
    private const string Bullets = "-–—•*·▪";

    public IReadOnlyList<CheckFinding> Check(CheckedText text, IReadOnlySet<Guid> unavailable, IReadOnlyDictionary<string, ExternalLinkStatus>? externalLinks = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(unavailable);
        var findings = new List<CheckFinding>();
        Metadata(text, findings);
        var body = FieldNames.ForCulture(text.Culture, FieldNames.Body);
        void Add(ContentCheck check, CheckSeverity severity, BodyElement element, params string[] values) =>
            findings.Add(new CheckFinding(check, severity, text.Culture, body, element.Index, values));

        Images(text.Body, text.Culture, Add);
        Headings(text.Body, Add);
        Links(text, unavailable, externalLinks, Add);
        Structure(text.Body, Add);
        return findings;
    }

    private void Metadata(CheckedText text, List<CheckFinding> findings)
    {
        var settings = options.Value;
        var title = text.Title.Trim();
        if (title.Length > settings.MaxTitleLength)
        {
            findings.Add(new CheckFinding(ContentCheck.TitleTooLong, CheckSeverity.Warning, text.Culture, FieldNames.ForCulture(text.Culture, FieldNames.Title), null, [title.Length.ToString(CultureInfo.InvariantCulture), settings.MaxTitleLength.ToString(CultureInfo.InvariantCulture)]));
        }

        if (string.IsNullOrWhiteSpace(text.Summary))
        {
            findings.Add(new CheckFinding(ContentCheck.SummaryMissing, CheckSeverity.Warning, text.Culture, FieldNames.ForCulture(text.Culture, FieldNames.Summary)));
        }

        if (settings.SeoDescriptionRequired.Contains(text.Type) && string.IsNullOrWhiteSpace(text.SeoDescription))
        {
            findings.Add(new CheckFinding(ContentCheck.SeoDescriptionMissing, CheckSeverity.Warning, text.Culture, FieldNames.ForCulture(text.Culture, FieldNames.SeoDescription)));
        }
    }

    private void Images(IReadOnlyList<BodyElement> body, string culture, Action<ContentCheck, CheckSeverity, BodyElement, string[]> add)
    {
        foreach (var image in body.Where(e => e.Name == "img"))
        {
            var alt = image.Alt?.Trim() ?? "";
            if (alt.Length == 0)
            {
                if (!image.Decorative)
                {
                    add(ContentCheck.ImageWithoutAlt, CheckSeverity.Error, image, []);
                }

                continue;
            }

            if (FileName().IsMatch(alt))
            {
                add(ContentCheck.AltIsFileName, CheckSeverity.Error, image, [alt]);
            }

            if (alt.Length > options.Value.MaxAltLength)
            {
                add(ContentCheck.AltTooLong, CheckSeverity.Warning, image, [alt.Length.ToString(CultureInfo.InvariantCulture), options.Value.MaxAltLength.ToString(CultureInfo.InvariantCulture)]);
            }

            // A screen reader reads both: the same words twice.
            if (image.Parent >= 0 && body[image.Parent].Name == "figure"
                && body.FirstOrDefault(e => e.Parent == image.Parent && e.Name == "figcaption") is { } caption
                && Comparable(caption.Text, culture) == Comparable(alt, culture))
            {
                add(ContentCheck.AltRepeatsCaption, CheckSeverity.Warning, image, [alt]);
            }
        }
    }

    private static void Headings(IReadOnlyList<BodyElement> body, Action<ContentCheck, CheckSeverity, BodyElement, string[]> add)
    {
        var previous = 1; // the page's own h1 is the title
        foreach (var heading in body.Where(e => e.HeadingLevel > 0))
        {
            var level = heading.HeadingLevel;
            if (level == 1)
            {
                add(ContentCheck.HeadingOneInBody, CheckSeverity.Error, heading, [heading.Text.Trim()]);
            }
            else if (level > previous + 1)
            {
                add(ContentCheck.HeadingSkipsLevel, CheckSeverity.Warning, heading, ["h" + previous, heading.Name]);
            }

            if (string.IsNullOrWhiteSpace(heading.Text))
            {
                add(ContentCheck.HeadingEmpty, CheckSeverity.Error, heading, [heading.Name]);
            }

            previous = level;
        }
    }

    private void Links(CheckedText text, IReadOnlySet<Guid> unavailable, IReadOnlyDictionary<string, ExternalLinkStatus>? externalLinks, Action<ContentCheck, CheckSeverity, BodyElement, string[]> add)
    {
        var vague = options.Value.VagueLinkTexts.TryGetValue(text.Culture, out var words)
            ? words.Select(w => Comparable(w, text.Culture)).ToHashSet(StringComparer.Ordinal)
            : [];
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var link in text.Body.Where(e => e.Name == "a" && e.Href is not null))
        {
            var said = Comparable(link.Text, text.Culture);
            if (vague.Contains(said))
            {
                add(ContentCheck.LinkTextSaysNothing, CheckSeverity.Warning, link, [link.Text.Trim()]);
            }
            else if (Address().IsMatch(link.Text.Trim()))
            {
                add(ContentCheck.LinkTextIsAddress, CheckSeverity.Warning, link, [link.Text.Trim()]);
            }

            if (said.Length > 0)
            {
                if (targets.TryGetValue(said, out var first) && !string.Equals(first, link.Href, StringComparison.Ordinal))
                {
                    add(ContentCheck.LinkTextLeadsToDifferentPlaces, CheckSeverity.Warning, link, [link.Text.Trim()]);
                }
                else
                {
                    targets.TryAdd(said, link.Href!);
                }
            }

            if (InternalLink.IdOf(link.Href) is { } item && unavailable.Contains(item))
            {
                add(ContentCheck.LinkToUnavailableItem, CheckSeverity.Error, link, [link.Text.Trim()]);
            }

            if (externalLinks is not null && externalLinks.TryGetValue(link.Href!, out var status) && LinkRules.Finding(status, link.Text) is { } finding)
            {
                add(finding.Check, finding.Severity, link, finding.Values);
            }
        }
    }

    private void Structure(IReadOnlyList<BodyElement> body, Action<ContentCheck, CheckSeverity, BodyElement, string[]> add)
    {
        foreach (var table in body.Where(e => e.Name == "table"))
        {
            var rows = Descendants(body, table.Index).Where(e => e.Name == "tr").ToList();
            if (rows.Count > 0 && !body.Any(e => e.Parent == rows[0].Index && e.Name == "th"))
            {
                add(ContentCheck.TableWithoutHeaderRow, CheckSeverity.Error, table, []);
            }
        }

        var paragraphs = body.Where(e => e.Name == "p").ToList();
        foreach (var paragraph in paragraphs)
        {
            var letters = paragraph.Text.Where(char.IsLetter).ToList();
            if (letters.Count >= options.Value.MinCapitalsLetters && letters.All(char.IsUpper))
            {
                add(ContentCheck.ParagraphInCapitals, CheckSeverity.Warning, paragraph, []);
            }
        }

        // Two or more paragraphs in a row that start with a bullet or a dash: a list a screen reader cannot announce.
        var run = new List<BodyElement>();
        foreach (var element in body.Where(e => e.Parent < 0).Append(new BodyElement(-1, "", -1, "")))
        {
            if (element.Name == "p" && IsFakeItem(element.Text))
            {
                run.Add(element);
                continue;
            }

            if (run.Count >= 2)
            {
                add(ContentCheck.FakeList, CheckSeverity.Warning, run[0], [run.Count.ToString(CultureInfo.InvariantCulture)]);
            }

            run.Clear();
        }
    }

    private static bool IsFakeItem(string text)
    {
        var trimmed = text.TrimStart();
        return trimmed.Length > 2 && Bullets.Contains(trimmed[0], StringComparison.Ordinal) && char.IsWhiteSpace(trimmed[1]);
    }

    private static IEnumerable<BodyElement> Descendants(IReadOnlyList<BodyElement> body, int ancestor)
    {
        // Elements come in document order, so an element's descendants follow it until the first that is not one.
        var inside = new HashSet<int> { ancestor };
        for (var i = ancestor + 1; i < body.Count && inside.Contains(body[i].Parent); i++)
        {
            inside.Add(i);
            yield return body[i];
        }
    }

    /// <summary>
    /// Lower case by the language's rules (Azerbaijani "İ" is "i"), dotted and dotless i as one (a
    /// writer's "KLIKLƏYIN"), inner spaces single, end punctuation off: "Read more…" is "read more".
    /// </summary>
    private static string Comparable(string text, string culture) =>
        Spaces().Replace(text.Trim().TrimEnd('.', '…', ':', '!', '?', '»', '→', ' ').TrimStart('«', ' '), " ")
            .ToLower(CultureOf(culture)).Replace('ı', 'i').Replace("i\u0307", "i", StringComparison.Ordinal);

    private static CultureInfo CultureOf(string code)
    {
        try
        {
            return CultureInfo.GetCultureInfo(code);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }

    [GeneratedRegex(@"^[\p{L}\p{N}_\-. ()]+\.(jpe?g|png|gif|webp|avif|svg|tiff?|bmp|heic)$|^(IMG|DSC|DSCN|PXL)[_-]?\d+", RegexOptions.IgnoreCase)]
    private static partial Regex FileName();

    [GeneratedRegex(@"^(https?://|www\.)\S+$", RegexOptions.IgnoreCase)]
    private static partial Regex Address();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
