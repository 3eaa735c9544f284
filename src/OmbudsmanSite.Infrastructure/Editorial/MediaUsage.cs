using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>
/// Which items use a media item: any working copy, or any version live in a culture, that names it
/// (lead image, report files, an image in a body), read from <see cref="MediaUseIndex"/>'s rows. A
/// draft that uses it counts as much as a page that shows it.
/// </summary>
internal static class MediaUsage
{
    public const int MaxUsersListed = 50;

    public static async Task<IReadOnlyList<(Guid DocumentId, string Title)>> UsersAsync(SiteDbContext db, Guid mediaId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = await db.MediaUses.AsNoTracking().Where(u => u.MediaItemId == mediaId)
            .OrderBy(u => u.DocumentId).Select(u => u.DocumentId).Take(MaxUsersListed).ToListAsync(cancellationToken);
        var titles = await db.DocumentCultures.AsNoTracking().Where(c => ids.Contains(c.DocumentId)).Select(c => new { c.DocumentId, c.Culture, c.Title }).ToListAsync(cancellationToken);
        return [.. ids.Select(id => (id, titles.Where(t => t.DocumentId == id).OrderBy(t => t.Culture, StringComparer.Ordinal).Select(t => t.Title).FirstOrDefault() ?? id.ToString("D")))];
    }
}
