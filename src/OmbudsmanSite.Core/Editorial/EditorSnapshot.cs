namespace OmbudsmanSite.Core.Editorial;

/// <summary>What the editor opens: the item, each culture's address and state, and the working copy's values.</summary>
public sealed record EditorSnapshot(Document Document, IReadOnlyList<CultureStateSummary> Cultures, ContentValues Values)
{
    public CultureStateSummary? Culture(string culture) =>
        Cultures.FirstOrDefault(c => string.Equals(c.Culture, culture, StringComparison.OrdinalIgnoreCase));
}
