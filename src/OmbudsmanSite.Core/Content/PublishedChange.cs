namespace OmbudsmanSite.Core.Content;

/// <summary>
/// One entry of the sync feed: the item's state in one language now (<see cref="Item"/> is null when it
/// is not published there), at the journal position of its latest change.
/// </summary>
public sealed record PublishedChange(long Sequence, Guid ItemId, PublishedChangeKind Kind, PublishedItem? Item);
