using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>
/// The texts the content checks read, from the editorial tables (which only this namespace reaches):
/// working copies, published texts, and which items the checks report has not seen in their latest
/// version. Each list is in the database's order of ids, which the next batch's "after" compares by.
/// </summary>
public sealed class CheckedTexts(IDbContextFactory<SiteDbContext> contexts)
{
    /// <summary>Working copies of items not in the recycle bin: of <paramref name="ids"/> when given, else the next <paramref name="take"/> after <paramref name="after"/>.</summary>
    public async Task<IReadOnlyList<WorkingCopy>> WorkingCopiesAsync(IReadOnlyCollection<Guid>? ids, Guid? after, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var documents = db.Documents.AsNoTracking().Where(d => d.DeletedUtc == null);
        if (ids is not null)
        {
            documents = documents.Where(d => ids.Contains(d.Id));
        }

        if (after is { } last)
        {
            documents = documents.Where(d => d.Id.CompareTo(last) > 0);
        }

        var rows = await documents
            .Join(db.DocumentVersions, d => new { DocumentId = d.Id, Number = d.HeadVersion }, v => new { v.DocumentId, v.Number },
                (d, v) => new { d.Id, d.Type, d.UpdatedByName, d.HeadVersion, v.ValuesJson })
            .OrderBy(r => r.Id).Take(take)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new WorkingCopy(r.Id, r.Type, r.UpdatedByName, r.HeadVersion, ContentValuesJson.Deserialize(r.ValuesJson)))];
    }

    /// <summary>
    /// The published text of each live language of the next <paramref name="take"/> items after
    /// <paramref name="after"/> (of <paramref name="ids"/> when given), and the last item id read.
    /// </summary>
    public async Task<(IReadOnlyList<(string Culture, CultureValues Text)> Texts, Guid? Last)> PublishedTextsAsync(IReadOnlyCollection<Guid>? ids, Guid? after, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var live = db.DocumentCultures.AsNoTracking().Where(c => c.PublishedVersion != null);
        if (ids is not null)
        {
            live = live.Where(c => ids.Contains(c.DocumentId));
        }

        if (after is { } last)
        {
            live = live.Where(c => c.DocumentId.CompareTo(last) > 0);
        }

        var batch = await live.Select(c => c.DocumentId).Distinct().OrderBy(id => id).Take(take).ToListAsync(cancellationToken);
        if (batch.Count == 0)
        {
            return ([], null);
        }

        var rows = await db.DocumentCultures.AsNoTracking().Where(c => batch.Contains(c.DocumentId) && c.PublishedVersion != null)
            .Join(db.DocumentVersions, c => new { c.DocumentId, Number = c.PublishedVersion!.Value }, v => new { v.DocumentId, v.Number }, (c, v) => new { c.Culture, v.ValuesJson })
            .ToListAsync(cancellationToken);
        var texts = rows.Select(r => (r.Culture, Text: ContentValuesJson.Deserialize(r.ValuesJson).Culture(r.Culture))).Where(t => t.Text is not null).Select(t => (t.Culture, t.Text!)).ToList();
        return (texts, batch[^1]);
    }

    /// <summary>Items out of the recycle bin whose latest version the checks report has not stored, up to <paramref name="max"/>.</summary>
    public async Task<IReadOnlyList<Guid>> UncheckedAsync(int max, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Unchecked(db).OrderBy(d => d.Id).Select(d => d.Id).Take(max).ToListAsync(cancellationToken);
    }

    public async Task<int> CountUncheckedAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Unchecked(db).CountAsync(cancellationToken);
    }

    /// <summary>Drops the report's rows of items deleted or purged since. Returns how many.</summary>
    public async Task<int> ForgetGoneAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.ItemChecks.Where(c => !db.Documents.Any(d => d.Id == c.DocumentId && d.DeletedUtc == null)).ExecuteDeleteAsync(cancellationToken);
    }

    private static IQueryable<Core.Editorial.Document> Unchecked(SiteDbContext db) =>
        db.Documents.AsNoTracking().Where(d => d.DeletedUtc == null && !db.ItemChecks.Any(c => c.DocumentId == d.Id && c.Version == d.HeadVersion));
}
