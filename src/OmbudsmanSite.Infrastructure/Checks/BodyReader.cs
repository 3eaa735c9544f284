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

    /// <summary>
    /// The text of each innermost block (a list item's paragraph, not the list item and its
    /// paragraph both), from the elements <see cref="Elements"/> read: the body is parsed once.
    /// </summary>
    public static IReadOnlyList<string> Paragraphs(IReadOnlyList<BodyElement> elements)
    {
        ArgumentNullException.ThrowIfNull(elements);
        var holdsBlock = new bool[elements.Count];
        foreach (var block in elements.Where(e => Blocks.Contains(e.Name)))
        {
            for (var up = block.Parent; up >= 0 && !holdsBlock[up]; up = elements[up].Parent)
            {
                holdsBlock[up] = true;
            }
        }

        return [.. elements.Where(e => Blocks.Contains(e.Name) && !holdsBlock[e.Index]).Select(e => e.Text.Trim()).Where(text => text.Length > 0)];
    }

    private static void Walk(IElement parent, int parentIndex, List<BodyElement> elements)
    {
        foreach (var child in parent.Children)
        {
            var index = elements.Count;
            var role = child.GetAttribute("role");
            var alt = child.GetAttribute("alt");
            elements.Add(new BodyElement(index, child.LocalName, parentIndex, child.TextContent)
            {
                Href = child.GetAttribute("href"),
                Alt = alt,

                // HTML's own mark of decoration is an empty alt attribute (WCAG's technique H67), which is
                // how the editor inserts an image marked decorative in the library; no alt at all is unmarked.
                Decorative = role is "presentation" or "none" || (child.LocalName == "img" && alt is not null && alt.Trim().Length == 0),
            });
            Walk(child, index, elements);
        }
    }
}
