using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Core.Checks;

/// <summary>An item's working copy as the checks see it: each language's findings and reading ease, and who edited it last.</summary>
public sealed record ItemCheckReport(Guid Id, DocumentType Type, string LastEditedBy, IReadOnlyDictionary<string, string> Titles, IReadOnlyList<LanguageCheckReport> Languages)
{
    /// <summary>The working copy's version the checks read.</summary>
    public int Version { get; init; }
}
