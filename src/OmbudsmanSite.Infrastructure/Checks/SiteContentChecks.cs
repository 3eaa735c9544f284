using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Checks;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Checks;

/// <summary>
/// The checks over every item's working copy (what is live, and the drafts over it), items in the
/// recycle bin left out: what the site-wide report and <c>check-content</c> list. Items are read in
/// batches, so a site of any size is walked in steady memory.
/// </summary>
public sealed class SiteContentChecks(IDbContextFactory<SiteDbContext> contexts, ContentChecker checker)
{
    /// <summary>Items read at a time (tests walk several batches of a few).</summary>
    internal int BatchSize { get; init; } = 200;

    public async IAsyncEnumerable<ItemCheckReport> CheckAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Guid? after = null;
        while (true)
        {
            List<(Guid Id, Core.Content.DocumentType Type, string EditedBy, string ValuesJson)> batch;
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                var documents = db.Documents.AsNoTracking().Where(d => d.DeletedUtc == null);
                if (after is { } last)
                {
                    documents = documents.Where(d => d.Id.CompareTo(last) > 0);
                }

                // In the database's own order of ids, which the next batch's "after" compares by too.
                var rows = await documents
                    .Join(db.DocumentVersions, d => new { DocumentId = d.Id, Number = d.HeadVersion }, v => new { v.DocumentId, v.Number }, (d, v) => new { d.Id, d.Type, d.UpdatedByName, v.ValuesJson })
                    .OrderBy(r => r.Id).Take(BatchSize)
                    .ToListAsync(cancellationToken);
                batch = [.. rows.Select(r => (r.Id, r.Type, r.UpdatedByName, r.ValuesJson))];
            }

            if (batch.Count == 0)
            {
                yield break;
            }

            foreach (var (id, type, editedBy, json) in batch)
            {
                var values = ContentValuesJson.Deserialize(json);
                var languages = await checker.CheckAsync(type, values, cancellationToken);
                yield return new ItemCheckReport(id, type, editedBy, values.Cultures.ToDictionary(c => c.Key, c => c.Value.Title, StringComparer.OrdinalIgnoreCase), languages);
            }

            after = batch[^1].Id;
        }
    }
}
