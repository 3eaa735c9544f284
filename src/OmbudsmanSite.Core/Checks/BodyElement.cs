namespace OmbudsmanSite.Core.Checks;

/// <summary>
/// An element of a body, as the checks see it: its position among the body's elements in document
/// order, its tag, its parent's position (-1 at the top), its text, and the attributes checks read.
/// Infrastructure reads bodies into these; the rules stay here, free of any HTML parser.
/// </summary>
public sealed record BodyElement(int Index, string Name, int Parent, string Text)
{
    public string? Href { get; init; }

    /// <summary>The alt attribute: null when absent, "" when present and empty.</summary>
    public string? Alt { get; init; }

    /// <summary>An image the writer marked as decoration: it needs no alt text.</summary>
    public bool Decorative { get; init; }

    /// <summary>The heading level of h1–h6, else 0.</summary>
    public int HeadingLevel => Name.Length == 2 && Name[0] == 'h' && Name[1] is >= '1' and <= '6' ? Name[1] - '0' : 0;
}
