using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Core.Editorial;

/// <summary>A row of an editor's list: no bodies, one state per culture.</summary>
public sealed record ItemStateSummary(Guid Id, DocumentType Type, DateTime UpdatedUtc, string UpdatedByName, IReadOnlyList<CultureStateSummary> Cultures)
{
    /// <summary>The working copy's lead image, for the list's thumbnail.</summary>
    public Guid? ImageId { get; init; }

    /// <summary>The state of <paramref name="culture"/>: <see cref="CultureState.NotCreated"/> when the item has no such text.</summary>
    public CultureState StateOf(string culture) =>
        Cultures.FirstOrDefault(c => string.Equals(c.Culture, culture, StringComparison.OrdinalIgnoreCase))?.State ?? CultureState.NotCreated;

    /// <summary>The state of <paramref name="culture"/> as people read it (<see cref="CultureStateSummary.Shown"/>).</summary>
    public CultureState ShownStateOf(string culture) =>
        Cultures.FirstOrDefault(c => string.Equals(c.Culture, culture, StringComparison.OrdinalIgnoreCase))?.Shown ?? CultureState.NotCreated;
}
