using System.Net;
using System.Text.RegularExpressions;

namespace OmbudsmanSite.Core.Content;

/// <summary>The readable text of a body's HTML: for indexing and snippets, never for display as HTML.</summary>
public static partial class HtmlText
{
    public static string ToPlainText(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return "";
        }

        var text = InvisibleElements().Replace(html, " ");
        text = BlockBoundary().Replace(text, "\n");
        text = Tag().Replace(text, "");
        text = WebUtility.HtmlDecode(text);
        text = SpaceRun().Replace(text, " ");
        return NewlineRun().Replace(text, "\n").Trim();
    }

    [GeneratedRegex(@"<(script|style|template)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex InvisibleElements();

    [GeneratedRegex(@"</?(p|div|br|li|ul|ol|h[1-6]|blockquote|tr|table|section|article|figure|figcaption)\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlockBoundary();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \t\r\f\v\u00A0]+")]
    private static partial Regex SpaceRun();

    [GeneratedRegex(@"\s*\n\s*")]
    private static partial Regex NewlineRun();
}
