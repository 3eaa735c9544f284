namespace OmbudsmanSite.Core.Editorial;

/// <summary>
/// A piece of a block as the reader sees it: text with its formatting (bold, italic, the link it is in),
/// an image with its alt text, or a link's target. Two parts are the same only when all of that is.
/// </summary>
public sealed record InlinePart(InlinePartKind Kind, string Text)
{
    public bool Bold { get; init; }

    public bool Italic { get; init; }

    /// <summary>The link the text is in, or the target a <see cref="InlinePartKind.LinkTarget"/> names.</summary>
    public string? Href { get; init; }

    /// <summary>An image's source; its alt text is <see cref="InlinePart.Text"/>.</summary>
    public string? Src { get; init; }
}
