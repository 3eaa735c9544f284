using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <inheritdoc />
public sealed class PreviewContent(ContentQueries queries, IDbContextFactory<SiteDbContext> contexts, SiteClock clock) : IPreviewContent
{
    public async Task<PublishedItem?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        await queries.EditorAsync(id, cancellationToken) is { Document.IsDeleted: false } snapshot
            ? DraftPreview.ToPublishedItem(snapshot, clock.UtcNow)
            : null;

    public async Task<PublishedItem?> FindBySlugAsync(DocumentType type, string culture, string slug, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(slug);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var normalized = slug.ToLowerInvariant();
        var id = await db.DocumentCultures.Where(c => c.Culture == culture && c.DocumentType == type && c.Slug == normalized)
            .Select(c => (Guid?)c.DocumentId).FirstOrDefaultAsync(cancellationToken);
        return id is { } found ? await FindAsync(found, cancellationToken) : null;
    }
}
