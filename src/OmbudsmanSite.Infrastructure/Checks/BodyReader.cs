using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using OmbudsmanSite.Core.Checks;

namespace OmbudsmanSite.Infrastructure.Checks;

/// <summary>
/// Reads a body's HTML into the elements the writing checks take (every element in document
/// order, with its parent and text), and into the paragraphs the reading-ease figures count.
/// </summary>
public static class BodyReader
{
    /// <summary>Elements whose text is read as one paragraph: a heading or list item is a sentence of its own.</summary>
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase) { "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "caption", "td", "th" };

    private static readonly HtmlParser Parser = new();

    public static IReadOnlyList<BodyElement> Elements(string? html)
    {
        var elements = new List<BodyElement>();
        if (string.IsNullOrWhiteSpace(html))
        {
            return elements;
        }

        using var document = Parser.ParseDocument("<body>" + html + "</body>");
        Walk(document.Body!, -1, elements);
        return elements;
    }

    /// <summary>The text of each innermost block (a list item's paragraph, not the list item and its paragraph both).</summary>
    public static IReadOnlyList<string> Paragraphs(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return [];
        }

        using var document = Parser.ParseDocument("<body>" + html + "</body>");
        return [.. document.Body!.Descendants<IElement>()
            .Where(e => Blocks.Contains(e.LocalName) && !e.Descendants<IElement>().Any(d => Blocks.Contains(d.LocalName)))
            .Select(e => e.TextContent.Trim())
            .Where(text => text.Length > 0)];
    }

    private static void Walk(IElement parent, int parentIndex, List<BodyElement> elements)
    {
        foreach (var child in parent.Children)
        {
            var index = elements.Count;
            var role = child.GetAttribute("role");
            elements.Add(new BodyElement(index, child.LocalName, parentIndex, child.TextContent)
            {
                Href = child.GetAttribute("href"),
                Alt = child.GetAttribute("alt"),
                Decorative = role is "presentation" or "none",
            });
            Walk(child, index, elements);
        }
    }
}
