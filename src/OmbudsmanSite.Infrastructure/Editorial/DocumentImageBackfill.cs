using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>
/// Sets each stored item's list image from its working copy, once, when the migration that adds the
/// column is applied (every version that becomes the head keeps it in step from then on:
/// <see cref="DocumentStore.AddVersion"/>).
/// </summary>
internal static class DocumentImageBackfill
{
    /// <summary>The migration that adds the column (both providers name it so).</summary>
    public const string MigrationName = "DocumentImage";

    private const int Batch = 200;

    public static async Task<int> RunAsync(SiteDbContext db, CancellationToken cancellationToken)
    {
        var set = 0;
        var documents = await db.Documents.AsNoTracking().Select(d => new { d.Id, d.HeadVersion }).ToListAsync(cancellationToken);
        foreach (var batch in documents.Chunk(Batch))
        {
            var ids = batch.Select(b => b.Id).ToList();
            var heads = batch.ToDictionary(b => b.Id, b => b.HeadVersion);
            var versions = await db.DocumentVersions.AsNoTracking().Where(v => ids.Contains(v.DocumentId))
                .Select(v => new { v.DocumentId, v.Number, v.ValuesJson }).ToListAsync(cancellationToken);
            var tracked = await db.Documents.Where(d => ids.Contains(d.Id)).ToListAsync(cancellationToken);
            foreach (var document in tracked)
            {
                var head = versions.FirstOrDefault(v => v.DocumentId == document.Id && v.Number == heads[document.Id]);
                if (head is not null && ContentValuesJson.Deserialize(head.ValuesJson).ImageId is { } image)
                {
                    document.ShowImage(image);
                    set++;
                }
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        return set;
    }
}
