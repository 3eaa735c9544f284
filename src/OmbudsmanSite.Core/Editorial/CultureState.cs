namespace OmbudsmanSite.Core.Editorial;

/// <summary>
/// The one state of a culture of an item (a culture with no row is not created). See
/// <see cref="CultureStateRules"/> and the diagram in docs/architecture.md.
/// </summary>
public enum CultureState
{
    NotCreated,
    Draft,
    Published,
    PublishedWithPendingChanges,
    Scheduled,
}
