using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>
/// Fills the lists' title-word index from the titles already stored, once, when the migration that
/// creates it is applied (the services keep it in step from then on: <see cref="DocumentStore.RetitleAsync"/>).
/// </summary>
internal static class TitleWordIndex
{
    /// <summary>The migration that creates the index (both providers name it so).</summary>
    public const string MigrationName = "TitleWords";

    private const int Batch = 500;

    public static async Task<int> RebuildAsync(SiteDbContext db, CancellationToken cancellationToken)
    {
        await db.DocumentTitleWords.ExecuteDeleteAsync(cancellationToken);
        var documents = await db.Documents.AsNoTracking().Select(d => d.Id).ToListAsync(cancellationToken);
        var added = 0;
        foreach (var batch in documents.Chunk(Batch))
        {
            var rows = await db.DocumentCultures.AsNoTracking().Where(c => batch.Contains(c.DocumentId))
                .Select(c => new { c.DocumentId, c.Culture, c.Title }).ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                var words = TitleWords.Of(row.Title);
                db.DocumentTitleWords.AddRange(words.Select(w => new DocumentTitleWord(row.DocumentId, row.Culture, w)));
                added += words.Count;
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        return added;
    }
}
