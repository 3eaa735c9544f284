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

    /// <summary>
    /// Shown, never stored: a draft or pending change submitted for review and waiting for a decision
    /// (<see cref="DocumentCulture.InReview"/>); its stored state stays what it was, for the rules.
    /// </summary>
    InReview,
}
