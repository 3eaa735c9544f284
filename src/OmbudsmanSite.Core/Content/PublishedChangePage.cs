namespace OmbudsmanSite.Core.Content;

/// <summary>
/// A page of the sync feed: the changes in journal order, the cursor to ask from next, and whether
/// the journal holds more after it.
/// </summary>
public sealed record PublishedChangePage(IReadOnlyList<PublishedChange> Changes, long Next, bool More);
