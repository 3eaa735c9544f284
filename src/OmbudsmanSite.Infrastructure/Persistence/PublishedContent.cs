using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Core.Media;
using OmbudsmanSite.Core.Taxonomy;

namespace OmbudsmanSite.Infrastructure.Persistence;

public sealed class PublishedContent(IDbContextFactory<SiteDbContext> contextFactory, SiteClock clock, ReferenceDataCache referenceData) : IPublishedContent
{
    public async Task<PagedList<PublishedItem>> ListAsync(DocumentType type, string culture, ContentFilter filter, int page, int pageSize, ContentCursor? after = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = await FilteredAsync(db, PublishedIn(db, culture, filter.IncludeWithdrawn).Where(c => c.Type == type), filter, cancellationToken);
        var total = filter.IsEmpty ? await CountPublishedAsync(db, culture, type, cancellationToken) : await query.CountAsync(cancellationToken);
        var items = after?.Date is null
            ? await PageAsync(db, Newest(query), (page - 1) * pageSize, pageSize, culture, withLinks: false, cancellationToken)
            : await PageAsync(db, Newest(After(query, after)), 0, pageSize, culture, withLinks: false, cancellationToken);
        return new PagedList<PublishedItem>(items, page, pageSize, total) { Next = NextCursor(items, pageSize) };
    }

    public async Task<ContentSlice> QueryAsync(ContentQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var culture = query.Culture;
        var items = PublishedIn(db, culture, query.Filter.IncludeWithdrawn);
        items = query.Type is { } type ? items.Where(c => c.Type == type) : items.Where(c => c.Type != DocumentType.Home && c.Type != DocumentType.Page);
        items = await FilteredAsync(db, items, query.Filter, cancellationToken);
        var total = query.Filter.IsEmpty ? await CountPublishedAsync(db, culture, query.Type, cancellationToken) : await items.CountAsync(cancellationToken);

        // Keyset: past the cursor's item in the same order, so a deep page costs what the first does.
        IOrderedQueryable<ContentItem> ordered;
        if (query.Sort == ContentSort.TitleAscending)
        {
            if (query.After is { Sort: ContentSort.TitleAscending } after)
            {
                var (title, id) = (after.Key, after.Id);
                items = items.Where(c => c.Variants.Where(v => v.Culture == culture).Select(v => v.Title).First().CompareTo(title) > 0
                    || (c.Variants.Where(v => v.Culture == culture).Select(v => v.Title).First() == title && c.Id.CompareTo(id) > 0));
            }

            ordered = items.OrderBy(c => c.Variants.Where(v => v.Culture == culture).Select(v => v.Title).First()).ThenBy(c => c.Id);
        }
        else
        {
            ordered = Newest(query.After?.Date is null ? items : After(items, query.After));
        }

        var records = await PageAsync(db, ordered, query.Skip, query.Take, culture: null, withLinks: true, cancellationToken);
        var next = query.Sort == ContentSort.TitleAscending
            ? records.Count == query.Take ? new ContentCursor(ContentSort.TitleAscending, records[^1].GetVariant(culture)!.Title, records[^1].Id) : null
            : NextCursor(records, query.Take);
        return new ContentSlice(records, total, next);
    }

    public async Task<IReadOnlyList<PublishedItem>> LatestAsync(string culture, DocumentType? type, int count, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var query = PublishedIn(db, culture).Where(c => c.Type != DocumentType.Home && c.Type != DocumentType.Page);
        if (type is { } only)
        {
            query = query.Where(c => c.Type == only);
        }

        return PublishedItemMapper.ToRecords(await Newest(query).Take(count).Include(c => c.Variants.Where(v => v.Culture == culture)).ToListAsync(cancellationToken));
    }

    public async Task<ListingFacets> FacetsAsync(DocumentType type, string culture, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var published = PublishedIn(db, culture).Where(c => c.Type == type);
        var dates = await published.Where(c => c.DateUtc != null).Select(c => c.DateUtc!.Value).ToListAsync(cancellationToken);
        var linked = published.SelectMany(c => c.Taxonomy).Select(l => l.TaxonomyItemId)
            .Union(published.SelectMany(c => c.Participants).Select(p => p.PersonId))
            .Union(published.SelectMany(c => c.Participants).Where(p => p.OrganisationId != null).Select(p => p.OrganisationId!.Value));
        var taxonomy = (await db.TaxonomyTerms.Where(t => linked.Contains(t.Id)).ToListAsync(cancellationToken)).Select(PublishedTaxonomy.From).ToList();
        var years = dates.Select(d => clock.ToLocal(d).Year).Distinct().OrderDescending().ToList();
        return new ListingFacets(
            years,
            [.. taxonomy.Where(t => t.Kind == TaxonomyKind.Topic)],
            [.. taxonomy.Where(t => t.Kind == TaxonomyKind.Organisation)],
            [.. taxonomy.Where(t => t.Kind == TaxonomyKind.Person)]);
    }

    public async Task<IReadOnlyList<PublishedItem>> UpcomingMeetingsAsync(string culture, DateTime nowUtc, int count, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return PublishedItemMapper.ToRecords(await PublishedIn(db, culture)
            .Where(c => c.Type == DocumentType.Meeting && c.DateUtc > nowUtc)
            .OrderBy(c => c.DateUtc).ThenBy(c => c.Id)
            .Take(count)
            .Include(c => c.Variants.Where(v => v.Culture == culture))
            .ToListAsync(cancellationToken));
    }

    public async Task<IReadOnlyList<PublishedItem>> RelatedAsync(PublishedItem item, string culture, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        var taxonomy = item.TaxonomyIds.ToList();
        var people = item.Participants.Select(p => p.PersonId).ToList();
        if (taxonomy.Count == 0 && people.Count == 0)
        {
            // Nothing to share: no need to score every published item.
            return [];
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);

        // Scored in SQL (shared topics, organisations and people), so only the winners are loaded.
        var ids = await PublishedIn(db, culture)
            .Where(c => c.Id != item.Id && c.Type != DocumentType.Page && c.Type != DocumentType.Home)
            .Select(c => new
            {
                c.Id,
                Score = c.Taxonomy.Count(l => taxonomy.Contains(l.TaxonomyItemId)) + c.Participants.Count(p => people.Contains(p.PersonId)),
                Date = c.SortUtc,
            })
            .Where(c => c.Score > 0)
            .OrderByDescending(c => c.Score).ThenByDescending(c => c.Date).ThenBy(c => c.Id)
            .Take(count)
            .Select(c => c.Id)
            .ToListAsync(cancellationToken);
        var items = await db.PublishedItems
            .Where(c => ids.Contains(c.Id))
            .Include(c => c.Variants.Where(v => v.Culture == culture))
            .ToListAsync(cancellationToken);
        return [.. items.OrderBy(c => ids.IndexOf(c.Id)).Select(PublishedItemMapper.ToRecord)];
    }

    public async Task<IReadOnlyList<PublishedItem>> AllPublishedAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return PublishedItemMapper.ToRecords(await db.PublishedItems
            .Where(c => c.Variants.Any())
            .OrderBy(c => c.Type).ThenBy(c => c.Id)
            .Include(c => c.Variants)
            .AsSplitQuery()
            .ToListAsync(cancellationToken));
    }

    public async Task<IReadOnlyDictionary<Guid, PublishedMedia>> MediaAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken = default)
    {
        var wanted = ids.Distinct().ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<Guid, PublishedMedia>();
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var items = await db.MediaItems.AsNoTracking().Where(m => wanted.Contains(m.Id)).ToListAsync(cancellationToken);
        return items.ToDictionary(m => m.Id, PublishedMedia.From);
    }

    public async Task<DateTime?> LastChangeUtcAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.PublishedItems.MaxAsync(c => (DateTime?)c.UpdatedUtc, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Guid, PublishedAddresses>> AddressesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, PublishedAddresses>();
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.PublishedVariants.AsNoTracking().Where(v => ids.Contains(v.ContentItemId))
            .Select(v => new { v.ContentItemId, v.DocumentType, v.Culture, v.Slug }).ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.ContentItemId).ToDictionary(g => g.Key, g =>
            new PublishedAddresses(g.Key, g.First().DocumentType, g.ToDictionary(r => r.Culture, r => r.Slug, StringComparer.OrdinalIgnoreCase)));
    }

    public async Task<PublishedItem?> FindBySlugAsync(DocumentType type, string culture, string slug, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var normalized = slug.ToLowerInvariant();
        // The address first, through its unique index, then the item by key: no scan of the items.
        var id = await db.PublishedVariants.Where(v => v.Culture == culture && v.DocumentType == type && v.Slug == normalized)
            .Select(v => (Guid?)v.ContentItemId).FirstOrDefaultAsync(cancellationToken);
        return id is { } found ? await LoadAsync(db, found, cancellationToken) : null;
    }

    public async Task<IReadOnlyList<PublishedChangeNote>> ChangeNotesAsync(Guid id, string culture, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.PublishedChangeNotes.Where(n => n.DocumentId == id && n.Culture == culture)
            .OrderByDescending(n => n.Utc).ThenByDescending(n => n.Id)
            .Select(n => new PublishedChangeNote(n.Utc, n.Note))
            .ToListAsync(cancellationToken);
    }

    public async Task<PublishedItem?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await LoadAsync(db, id, cancellationToken);
    }

    public async Task<IReadOnlyList<PublishedTaxonomy>> TaxonomyOfKindAsync(TaxonomyKind kind, CancellationToken cancellationToken = default) =>
        [.. (await referenceData.TaxonomyAsync(cancellationToken)).Values.Where(t => t.Kind == kind).OrderBy(t => t.Alias, StringComparer.Ordinal).Select(PublishedTaxonomy.From)];

    private static async Task<PublishedItem?> LoadAsync(SiteDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var item = await db.PublishedItems
            .Where(c => c.Id == id)
            .Include(c => c.Variants)
            .Include(c => c.Taxonomy)
            .Include(c => c.Participants)
            .AsSplitQuery()
            .FirstOrDefaultAsync(cancellationToken);
        return item is null ? null : PublishedItemMapper.ToRecord(item);
    }

    public async Task<MissingAddress> ResolveMissingAsync(DocumentType type, string culture, string slug, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(slug);
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await AddressLookup.ResolveAsync(db, type, culture, slug.ToLowerInvariant(), cancellationToken);
    }

    public async Task<PublishedTaxonomy?> FindTaxonomyAsync(TaxonomyKind kind, string taxonomyAlias, CancellationToken cancellationToken = default) =>
        (await referenceData.TaxonomyAsync(cancellationToken)).Values.FirstOrDefault(t => t.Kind == kind && t.Alias == taxonomyAlias) is { } item
            ? PublishedTaxonomy.From(item)
            : null;

    public async Task<IReadOnlyDictionary<Guid, PublishedTaxonomy>> TaxonomyAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken = default)
    {
        var all = await referenceData.TaxonomyAsync(cancellationToken);
        return ids.Distinct().Where(all.ContainsKey).ToDictionary(id => id, id => PublishedTaxonomy.From(all[id]));
    }

    public async Task<IReadOnlyDictionary<DocumentType, PublishedDocumentType>> DocumentTypesAsync(CancellationToken cancellationToken = default) =>
        (await referenceData.DocumentTypesAsync(cancellationToken)).ToDictionary(d => d.Key, d => PublishedDocumentType.From(d.Value));

    /// <summary>The id for an alias, or an id no item links to: an unknown alias filters everything out.</summary>
    private static async Task<Guid> AliasIdAsync(SiteDbContext db, TaxonomyKind kind, string alias, CancellationToken cancellationToken) =>
        await db.TaxonomyTerms.Where(t => t.Kind == kind && t.Alias == alias).Select(t => t.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Items live in <paramref name="culture"/>; withdrawn ones only when asked (they keep their pages, not their place in lists).</summary>
    private static IQueryable<ContentItem> PublishedIn(SiteDbContext db, string culture, bool withdrawnToo = false) =>
        withdrawnToo
            ? db.PublishedItems.Where(c => c.Variants.Any(v => v.Culture == culture))
            : db.PublishedItems.Where(c => c.WithdrawnUtc == null && c.Variants.Any(v => v.Culture == culture));

    /// <summary>The items narrowed by <paramref name="filter"/>: year and days in the site's time zone, format, topic, organisation, person.</summary>
    private async Task<IQueryable<ContentItem>> FilteredAsync(SiteDbContext db, IQueryable<ContentItem> query, ContentFilter filter, CancellationToken cancellationToken)
    {
        // Days and years on the sort key (equal to the date where there is one), so the range and the
        // order use one index; an undated item is in no range.
        if (filter.Year is not null || filter.From is not null || filter.To is not null)
        {
            query = query.Where(c => c.DateUtc != null);
        }

        if (filter.Year is { } year)
        {
            var from = clock.LocalMidnightUtc(new DateOnly(year, 1, 1));
            var to = clock.LocalMidnightUtc(new DateOnly(year + 1, 1, 1));
            query = query.Where(c => c.SortUtc >= from && c.SortUtc < to);
        }

        if (filter.From is { } firstDay)
        {
            var from = clock.LocalMidnightUtc(firstDay);
            query = query.Where(c => c.SortUtc >= from);
        }

        if (filter.To is { } lastDay)
        {
            var to = clock.LocalMidnightUtc(lastDay.AddDays(1));
            query = query.Where(c => c.SortUtc < to);
        }

        if (filter.Format is { } format)
        {
            query = query.Where(c => c.Meeting != null && c.Meeting.Format == format);
        }

        if (filter.Topic is not null)
        {
            var topic = await AliasIdAsync(db, TaxonomyKind.Topic, filter.Topic, cancellationToken);
            query = query.Where(c => c.Taxonomy.Any(l => l.TaxonomyItemId == topic));
        }

        if (filter.Organisation is not null)
        {
            var organisation = await AliasIdAsync(db, TaxonomyKind.Organisation, filter.Organisation, cancellationToken);
            query = query.Where(c => c.Taxonomy.Any(l => l.TaxonomyItemId == organisation) || c.Participants.Any(p => p.OrganisationId == organisation));
        }

        if (filter.Person is not null)
        {
            var person = await AliasIdAsync(db, TaxonomyKind.Person, filter.Person, cancellationToken);
            query = query.Where(c => c.Participants.Any(p => p.PersonId == person));
        }

        return query;
    }

    /// <summary>
    /// One page of <paramref name="ordered"/>: the ids first (one query down the list's index), then
    /// those items with their variants (of <paramref name="culture"/> only, when given) and, with
    /// <paramref name="withLinks"/>, taxonomy and people, so those queries do not each walk the list again.
    /// </summary>
    private static async Task<List<PublishedItem>> PageAsync(
        SiteDbContext db, IQueryable<ContentItem> ordered, int skip, int take, string? culture, bool withLinks, CancellationToken cancellationToken)
    {
        var ids = await ordered.Skip(skip).Take(take).Select(c => c.Id).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return [];
        }

        var items = db.PublishedItems.Where(c => ids.Contains(c.Id));
        items = culture is null ? items.Include(c => c.Variants) : items.Include(c => c.Variants.Where(v => v.Culture == culture));
        if (withLinks)
        {
            items = items.Include(c => c.Taxonomy).Include(c => c.Participants);
        }

        var loaded = (await items.AsSplitQuery().ToListAsync(cancellationToken)).ToDictionary(c => c.Id);
        return [.. ids.Where(loaded.ContainsKey).Select(id => PublishedItemMapper.ToRecord(loaded[id]))];
    }

    // Unfiltered, a list's total is its language's published variants of the type: counted in their
    // index, not by asking each of 100,000 items whether it has one.
    // The few withdrawn items are counted apart (in their own index) and taken off.
    private static async Task<int> CountPublishedAsync(SiteDbContext db, string culture, DocumentType? type, CancellationToken cancellationToken)
    {
        var variants = type is { } only
            ? await db.PublishedVariants.CountAsync(v => v.Culture == culture && v.DocumentType == only, cancellationToken)
            : await db.PublishedVariants.CountAsync(v => v.Culture == culture && v.DocumentType != DocumentType.Home && v.DocumentType != DocumentType.Page, cancellationToken);
        var withdrawn = db.PublishedItems.Where(c => c.WithdrawnUtc != null && c.Variants.Any(v => v.Culture == culture));
        withdrawn = type is { } of ? withdrawn.Where(c => c.Type == of) : withdrawn.Where(c => c.Type != DocumentType.Home && c.Type != DocumentType.Page);
        return variants - await withdrawn.CountAsync(cancellationToken);
    }

    private static IOrderedQueryable<ContentItem> Newest(IQueryable<ContentItem> query) =>
        query.OrderByDescending(c => c.SortUtc).ThenBy(c => c.Id);

    /// <summary>The items after <paramref name="cursor"/> in <see cref="Newest"/> order: a seek in the list's index, not a walk past the ones before.</summary>
    private static IQueryable<ContentItem> After(IQueryable<ContentItem> query, ContentCursor cursor)
    {
        var (date, id) = (cursor.Date!.Value, cursor.Id);
        return query.Where(c => c.SortUtc < date || (c.SortUtc == date && c.Id.CompareTo(id) > 0));
    }

    /// <summary>Where the page after a full newest-first page starts; null after a short (last) one.</summary>
    private static ContentCursor? NextCursor(List<PublishedItem> page, int pageSize) =>
        page.Count == pageSize ? ContentCursor.ForDate(page[^1].DateUtc ?? page[^1].CreatedUtc, page[^1].Id) : null;
}
