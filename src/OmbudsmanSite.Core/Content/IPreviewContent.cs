namespace OmbudsmanSite.Core.Content;

/// <summary>
/// Working copies shaped as the public side shows items (every language with a working copy, as if
/// published now), for previews in the backoffice and through the API with a preview key. Deleted
/// items are not previewed.
/// </summary>
public interface IPreviewContent
{
    Task<PublishedItem?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>The item whose working copy in <paramref name="culture"/> has this slug.</summary>
    Task<PublishedItem?> FindBySlugAsync(DocumentType type, string culture, string slug, CancellationToken cancellationToken = default);
}
