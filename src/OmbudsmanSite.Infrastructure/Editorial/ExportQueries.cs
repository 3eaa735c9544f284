using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>What an export reads of the editorial side: every item's legacy fields, and the working copies of items never published.</summary>
public sealed class ExportQueries(IDbContextFactory<SiteDbContext> contexts)
{
    /// <summary>Items not in the recycle bin, with their legacy id and view count, by id.</summary>
    public async Task<IReadOnlyDictionary<Guid, ExportedDocument>> DocumentsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Documents.AsNoTracking().Where(d => d.DeletedUtc == null)
            .Select(d => new ExportedDocument(d.Id, d.Type, d.LegacyId, d.LegacyViewCount))
            .ToDictionaryAsync(d => d.Id, cancellationToken);
    }

    /// <summary>The working copy and each language's address of <paramref name="id"/>.</summary>
    public async Task<(ContentValues Values, IReadOnlyDictionary<string, string> Slugs)?> WorkingCopyAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var head = await db.Documents.AsNoTracking().Where(d => d.Id == id).Select(d => (int?)d.HeadVersion).SingleOrDefaultAsync(cancellationToken);
        if (head is null)
        {
            return null;
        }

        var json = await db.DocumentVersions.AsNoTracking().Where(v => v.DocumentId == id && v.Number == head).Select(v => v.ValuesJson).SingleAsync(cancellationToken);
        var slugs = await db.DocumentCultures.AsNoTracking().Where(c => c.DocumentId == id).ToDictionaryAsync(c => c.Culture, c => c.Slug, cancellationToken);
        return (ContentValuesJson.Deserialize(json), slugs);
    }
}
