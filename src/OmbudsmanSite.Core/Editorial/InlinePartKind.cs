namespace OmbudsmanSite.Core.Editorial;

public enum InlinePartKind
{
    /// <summary>A word, a space or a sign, with its formatting and link.</summary>
    Text,

    Image,

    /// <summary>Where the link before it goes: shown so a changed target is seen.</summary>
    LinkTarget,

    /// <summary>A line break inside a block.</summary>
    Break,
}
