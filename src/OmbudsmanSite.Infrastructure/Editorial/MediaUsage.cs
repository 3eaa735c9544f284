using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>
/// Which items use a media item: any working copy, or any version live in a culture, whose values
/// name it (lead image, report files, an image in a body: all carry its id). Read from the stored
/// values, so a draft that uses it counts as much as a page that shows it.
/// </summary>
internal static class MediaUsage
{
    public static async Task<IReadOnlyList<(Guid DocumentId, string Title)>> UsersAsync(SiteDbContext db, Guid mediaId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var withDashes = mediaId.ToString("D");
        var bare = mediaId.ToString("N");
        var documents = db.Documents.AsNoTracking();
        var cultures = db.DocumentCultures.AsNoTracking();
        var ids = await db.DocumentVersions.AsNoTracking()
            .Where(v => (v.ValuesJson.Contains(withDashes) || v.ValuesJson.Contains(bare))
                && (documents.Any(d => d.Id == v.DocumentId && d.HeadVersion == v.Number && d.DeletedUtc == null)
                    || cultures.Any(c => c.DocumentId == v.DocumentId && c.PublishedVersion == v.Number)))
            .Select(v => v.DocumentId)
            .Distinct()
            .Take(50)
            .ToListAsync(cancellationToken);
        var titles = await cultures.Where(c => ids.Contains(c.DocumentId)).Select(c => new { c.DocumentId, c.Culture, c.Title }).ToListAsync(cancellationToken);
        return [.. ids.Select(id => (id, titles.Where(t => t.DocumentId == id).OrderBy(t => t.Culture, StringComparer.Ordinal).Select(t => t.Title).FirstOrDefault() ?? id.ToString("D")))];
    }
}
