namespace OmbudsmanSite.Core.Content;

/// <summary>
/// The sync feed of the read side, from the change journal: what was created, updated, unpublished
/// or deleted in one language after a cursor. A client that reads from 0 and applies every page holds
/// what the site publishes in that language.
/// </summary>
public interface IPublishedChanges
{
    /// <summary>
    /// Up to <paramref name="take"/> items changed after journal position <paramref name="since"/>, or
    /// null when <paramref name="since"/> is past the journal's end (a cursor of another site).
    /// </summary>
    Task<PublishedChangePage?> ReadAsync(long since, string culture, int take, CancellationToken cancellationToken = default);
}
