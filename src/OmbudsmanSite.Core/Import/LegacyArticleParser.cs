using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace OmbudsmanSite.Core.Import;

/// <summary>
/// Reads the text scraped from the institution's old site. Two page layouts occur:
/// <list type="bullet">
/// <item>news-agency reprints: a line "date 2024-07-11 11 July 2024 15:25 (UTC+04:00)", then the body;</item>
/// <item>the old CMS: chrome (accessibility banner, "Call center 916"), the title, "22-05-2020 368 dəfə oxunub"
/// (date and view count), the title again, then the body.</item>
/// </list>
/// Some pages carry neither title nor date; they import with a derived title and a warning.
/// </summary>
public static partial class LegacyArticleParser
{
    private const int DerivedTitleMaxLength = 150;

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static LegacyArticle Parse(string sourceName, string text, TimeZoneInfo siteTimeZone)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(siteTimeZone);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.All(string.IsNullOrWhiteSpace))
        {
            throw new LegacyImportException(sourceName, 1, "the file is empty.");
        }

        var warnings = new List<string>();
        string? title = null;
        DateTime? dateUtc = null;
        int? viewCount = null;
        var bodyStart = 0;
        var preamble = new List<(int Line, string Text)>();

        for (var i = 0; i < lines.Length; i++)
        {
            var line = Normalize(lines[i]);
            if (line.Contains('\0', StringComparison.Ordinal))
            {
                throw new LegacyImportException(sourceName, i + 1, "the file holds binary data, not scraped text.");
            }

            if (line.Length == 0 || IsChrome(line))
            {
                continue;
            }

            if (line.StartsWith("date ", StringComparison.OrdinalIgnoreCase))
            {
                dateUtc = ParseAgencyDate(sourceName, i + 1, line);
                bodyStart = i + 1;
                break;
            }

            if (line.Contains("dəfə oxunub", StringComparison.OrdinalIgnoreCase))
            {
                (dateUtc, viewCount) = ParseCmsDate(sourceName, i + 1, line, siteTimeZone);
                bodyStart = i + 1;
                break;
            }

            preamble.Add((i + 1, line));
            if (preamble.Count > 1)
            {
                // Two lines of text before any date line: this page has no header at all.
                break;
            }
        }

        if (dateUtc is null)
        {
            bodyStart = 0;
            warnings.Add("No date line was found; the draft has no date.");
        }
        else if (preamble.Count == 1)
        {
            title = preamble[0].Text;
        }

        var paragraphs = new List<string>();
        for (var i = bodyStart; i < lines.Length; i++)
        {
            var line = Normalize(lines[i]);
            if (line.Length == 0 || IsChrome(line))
            {
                continue;
            }

            if (paragraphs.Count == 0 && title is not null && line == title)
            {
                continue; // The old CMS repeats the title under the date.
            }

            paragraphs.Add(line);
        }

        if (paragraphs.Count == 0)
        {
            throw new LegacyImportException(sourceName, lines.Length, "the article has no body text.");
        }

        var derived = title is null;
        if (derived)
        {
            title = DeriveTitle(paragraphs[0]);
            warnings.Add("No title line was found; the title was taken from the first sentence.");
        }

        return new LegacyArticle(sourceName, title!, derived, dateUtc, viewCount, paragraphs, warnings);
    }

    public static string ToBodyHtml(IEnumerable<string> paragraphs) =>
        string.Join('\n', paragraphs.Select(p => "<p>" + Encoder.Encode(p) + "</p>"));

    private static DateTime ParseAgencyDate(string sourceName, int line, string text)
    {
        var match = AgencyDateLine().Match(text);
        if (!match.Success ||
            !DateTime.TryParseExact(match.Groups["date"].Value + " " + match.Groups["time"].Value, "yyyy-MM-dd H:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) ||
            !TimeSpan.TryParseExact(match.Groups["offset"].Value.TrimStart('+', '-'), @"hh\:mm", CultureInfo.InvariantCulture, out var offset) ||
            offset > TimeSpan.FromHours(14))
        {
            throw new LegacyImportException(sourceName, line, $"unreadable date line \"{text}\"; expected \"date 2024-07-11 11 July 2024 15:25 (UTC+04:00)\".");
        }

        if (match.Groups["offset"].Value.StartsWith('-'))
        {
            offset = -offset;
        }

        return new DateTimeOffset(local, offset).UtcDateTime;
    }

    private static (DateTime DateUtc, int ViewCount) ParseCmsDate(string sourceName, int line, string text, TimeZoneInfo siteTimeZone)
    {
        var match = CmsDateLine().Match(text);
        if (!match.Success ||
            !DateTime.TryParseExact(match.Groups["date"].Value, "dd-MM-yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var localDate) ||
            !int.TryParse(match.Groups["views"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var views))
        {
            throw new LegacyImportException(sourceName, line, $"unreadable date line \"{text}\"; expected \"22-05-2020 368 dəfə oxunub\".");
        }

        // The old CMS shows the day only; midnight in Baku keeps the day right in Baku time.
        return (TimeZoneInfo.ConvertTimeToUtc(localDate, siteTimeZone), views);
    }

    private static string DeriveTitle(string paragraph)
    {
        var end = paragraph.IndexOf(". ", StringComparison.Ordinal);
        var sentence = (end > 0 ? paragraph[..end] : paragraph).TrimEnd('.');
        if (sentence.Length <= DerivedTitleMaxLength)
        {
            return sentence;
        }

        var cut = sentence[..DerivedTitleMaxLength];
        var space = cut.LastIndexOf(' ');
        return (space > 0 ? cut[..space] : cut).TrimEnd(',', ';', ':') + "…";
    }

    private static bool IsChrome(string line) =>
        line.StartsWith("Please ensure Javascript is enabled", StringComparison.OrdinalIgnoreCase) ||
        CallCentreLine().IsMatch(line);

    private static string Normalize(string line) => Whitespace().Replace(line, " ").Trim();

    [GeneratedRegex(@"^date\s+(?<date>\d{4}-\d{2}-\d{2})\s+.*?(?<time>\d{1,2}:\d{2})\s*\(UTC(?<offset>[+-]\d{2}:\d{2})\)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgencyDateLine();

    [GeneratedRegex(@"^(?<date>\d{2}-\d{2}-\d{4})\s+(?<views>\d{1,9})\s+dəfə oxunub$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CmsDateLine();

    [GeneratedRegex(@"^Call cent(er|re)\s+\d+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CallCentreLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
