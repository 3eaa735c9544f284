using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DiffPlex;
using OmbudsmanSite.Core.Editorial;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>
/// Compares two bodies as they read on the page: block by block (a block kept, added or removed
/// whole), and a changed block word by word, where a word is the same only with the same formatting
/// and link, an image is its source and alt text, and each link's target follows its words, so a
/// change of formatting, of an image or its alt text, or of where a link goes shows as a change.
/// </summary>
public static class BodyDiffer
{
    private const char Separator = '\u0001';

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase) { "p", "h2", "h3", "h4", "li", "blockquote", "figcaption", "caption", "td", "th" };

    private static readonly HtmlParser Parser = new();

    /// <summary>The difference, or null when the bodies read the same.</summary>
    public static BodyDiff? Compare(string? from, string? to)
    {
        var a = BlocksOf(from ?? "");
        var b = BlocksOf(to ?? "");
        var diff = Differ.Instance.CreateDiffs(string.Join(Separator, a.Select(k => k.Key)), string.Join(Separator, b.Select(k => k.Key)), false, false, new SeparatorChunker());
        if (diff.DiffBlocks.Count == 0)
        {
            return null;
        }

        var blocks = new List<BlockDiff>();
        var oldIndex = 0;
        foreach (var change in diff.DiffBlocks)
        {
            for (; oldIndex < change.DeleteStartA; oldIndex++)
            {
                blocks.Add(Whole(DiffSegmentKind.Unchanged, a[oldIndex]));
            }

            var paired = Math.Min(change.DeleteCountA, change.InsertCountB);
            for (var n = 0; n < paired; n++)
            {
                blocks.Add(Within(a[change.DeleteStartA + n], b[change.InsertStartB + n]));
            }

            blocks.AddRange(a.Skip(change.DeleteStartA + paired).Take(change.DeleteCountA - paired).Select(block => Whole(DiffSegmentKind.Deleted, block)));
            blocks.AddRange(b.Skip(change.InsertStartB + paired).Take(change.InsertCountB - paired).Select(block => Whole(DiffSegmentKind.Inserted, block)));
            oldIndex = change.DeleteStartA + change.DeleteCountA;
        }

        blocks.AddRange(a.Skip(oldIndex).Select(block => Whole(DiffSegmentKind.Unchanged, block)));
        return new BodyDiff(blocks);
    }

    private static BlockDiff Whole(DiffSegmentKind kind, Block block) =>
        new(kind, block.Element, [.. block.Parts.Select(p => new InlineDiff(kind, p))]);

    /// <summary>A block changed within: its parts word by word, in the newer block's element.</summary>
    private static BlockDiff Within(Block from, Block to)
    {
        var diff = Differ.Instance.CreateDiffs(string.Join(Separator, from.Parts.Select(Key)), string.Join(Separator, to.Parts.Select(Key)), false, false, new SeparatorChunker());
        var parts = new List<InlineDiff>();
        var oldIndex = 0;
        foreach (var change in diff.DiffBlocks)
        {
            parts.AddRange(from.Parts.Skip(oldIndex).Take(change.DeleteStartA - oldIndex).Select(p => new InlineDiff(DiffSegmentKind.Unchanged, p)));
            parts.AddRange(from.Parts.Skip(change.DeleteStartA).Take(change.DeleteCountA).Select(p => new InlineDiff(DiffSegmentKind.Deleted, p)));
            parts.AddRange(to.Parts.Skip(change.InsertStartB).Take(change.InsertCountB).Select(p => new InlineDiff(DiffSegmentKind.Inserted, p)));
            oldIndex = change.DeleteStartA + change.DeleteCountA;
        }

        parts.AddRange(from.Parts.Skip(oldIndex).Select(p => new InlineDiff(DiffSegmentKind.Unchanged, p)));
        return new BlockDiff(DiffSegmentKind.Unchanged, to.Element, parts);
    }

    private static List<Block> BlocksOf(string html)
    {
        var blocks = new List<Block>();
        if (string.IsNullOrWhiteSpace(html))
        {
            return blocks;
        }

        using var document = Parser.ParseDocument(html);
        var loose = new List<InlinePart>();
        Walk(document.Body!, blocks, loose, null);
        Flush(blocks, loose, "p");
        return blocks;
    }

    // Blocks inside blocks (a paragraph in a list item) are blocks of their own, named after the outer one.
    private static void Walk(INode node, List<Block> blocks, List<InlinePart> loose, string? outer)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IElement element && (Blocks.Contains(element.LocalName) || element.LocalName == "figure"))
            {
                Flush(blocks, loose, "p");
                if (element.Children.Any(c => Blocks.Contains(c.LocalName)))
                {
                    Walk(element, blocks, loose, element.LocalName == "figure" ? null : outer ?? element.LocalName);
                    Flush(blocks, loose, outer ?? element.LocalName);
                    continue;
                }

                var parts = new List<InlinePart>();
                Inline(element, parts, bold: false, italic: false, href: null);
                Flush(blocks, parts, outer ?? element.LocalName);
            }
            else if (child is IElement container && container.LocalName is "ul" or "ol" or "table" or "thead" or "tbody" or "tr")
            {
                Flush(blocks, loose, "p");
                Walk(container, blocks, loose, null);
            }
            else
            {
                Inline(child, loose, bold: false, italic: false, href: null);
            }
        }
    }

    private static void Flush(List<Block> blocks, List<InlinePart> parts, string element)
    {
        if (parts.Any(p => p.Kind != InlinePartKind.Text || !string.IsNullOrWhiteSpace(p.Text)))
        {
            blocks.Add(new Block(element, [.. Trimmed(parts)]));
        }

        parts.Clear();
    }

    private static IEnumerable<InlinePart> Trimmed(List<InlinePart> parts) =>
        parts.SkipWhile(p => p.Kind == InlinePartKind.Text && string.IsNullOrWhiteSpace(p.Text)).Reverse()
            .SkipWhile(p => p.Kind == InlinePartKind.Text && string.IsNullOrWhiteSpace(p.Text)).Reverse();

    private static void Inline(INode node, List<InlinePart> parts, bool bold, bool italic, string? href)
    {
        switch (node)
        {
            case IText text:
                parts.AddRange(WordChunker.Instance.Chunk(text.Data).Select(piece =>
                    new InlinePart(InlinePartKind.Text, string.IsNullOrWhiteSpace(piece) ? " " : piece) { Bold = bold, Italic = italic, Href = href }));
                break;
            case IElement { LocalName: "img" } image:
                parts.Add(new InlinePart(InlinePartKind.Image, image.GetAttribute("alt") ?? "") { Src = image.GetAttribute("src"), Href = href });
                break;
            case IElement { LocalName: "br" }:
                parts.Add(new InlinePart(InlinePartKind.Break, ""));
                break;
            case IElement element:
                var link = element.LocalName == "a" ? element.GetAttribute("href") : null;
                foreach (var child in element.ChildNodes)
                {
                    Inline(child, parts, bold || element.LocalName is "strong" or "b", italic || element.LocalName is "em" or "i", link ?? href);
                }

                if (link is not null)
                {
                    parts.Add(new InlinePart(InlinePartKind.LinkTarget, link) { Href = link });
                }

                break;
        }
    }

    // What makes two parts the same: kind, text, formatting, link, source.
    private static string Key(InlinePart part) =>
        $"{(int)part.Kind}{(part.Bold ? "b" : "")}{(part.Italic ? "i" : "")}|{part.Href}|{part.Src}|{part.Text.Replace(Separator, ' ')}";

    private sealed record Block(string Element, IReadOnlyList<InlinePart> Parts)
    {
        public string Key => Element + "#" + string.Join("\u0002", Parts.Select(BodyDiffer.Key));
    }

    /// <summary>Pieces already cut: the separator between them is where DiffPlex cuts.</summary>
    private sealed class SeparatorChunker : IChunker
    {
        public IReadOnlyList<string> Chunk(string text) => text.Length == 0 ? [] : text.Split(Separator);
    }
}
