using System.Net;
using System.Text;

namespace OmbudsmanSite.Core.Content;

/// <summary>
/// The readable text of a body's HTML, for indexing and snippets (never for display as HTML): tags
/// dropped, block boundaries as line breaks, entities decoded, runs of white space collapsed. One
/// pass, because the search index runs it on every variant it writes.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "table", "section", "article", "figure", "figcaption",
    };

    private static readonly HashSet<string> InvisibleElements = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "template" };

    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return "";
        }

        var text = new StringBuilder(html.Length);
        var pendingSpace = false;
        var pendingBreak = false;
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<' && string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                // A comment ends at "-->", not at the first '>' (<!-- a > b --> holds no text).
                var close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                continue;
            }

            if (c == '<')
            {
                var end = html.IndexOf('>', i + 1);
                if (end < 0)
                {
                    break; // An unclosed tag to the end: nothing readable follows.
                }

                var name = TagName(html, i + 1, end);
                if (InvisibleElements.Contains(name) && html[i + 1] != '/')
                {
                    var close = html.IndexOf("</" + name, end, StringComparison.OrdinalIgnoreCase);
                    end = close < 0 ? html.Length - 1 : Math.Max(end, html.IndexOf('>', close) is var after and >= 0 ? after : html.Length - 1);
                    pendingSpace = true;
                }
                else if (BlockElements.Contains(name))
                {
                    pendingBreak = true;
                }

                i = end + 1;
                continue;
            }

            string? decoded = null;
            if (c == '&')
            {
                var semicolon = html.IndexOf(';', i + 1, Math.Min(12, html.Length - i - 1));
                if (semicolon > i)
                {
                    decoded = WebUtility.HtmlDecode(html[i..(semicolon + 1)]);
                    i = semicolon + 1;
                }
            }

            if (decoded is null)
            {
                decoded = c.ToString();
                i++;
            }

            foreach (var character in decoded)
            {
                if (char.IsWhiteSpace(character))
                {
                    pendingSpace = true;
                    pendingBreak |= character == '\n';
                    continue;
                }

                if (text.Length > 0 && (pendingBreak || pendingSpace))
                {
                    text.Append(pendingBreak ? '\n' : ' ');
                }

                pendingBreak = pendingSpace = false;
                text.Append(character);
            }
        }

        return text.ToString();
    }

    private static string TagName(string html, int start, int end)
    {
        if (start < end && html[start] == '/')
        {
            start++;
        }

        var stop = start;
        while (stop < end && char.IsAsciiLetterOrDigit(html[stop]))
        {
            stop++;
        }

        return html[start..stop];
    }
}
