using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Media;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Infrastructure.Media;
using OmbudsmanSite.Infrastructure.Persistence;
using OmbudsmanSite.Infrastructure.Search;

namespace EditorialBenchmark;

/// <summary>
/// Bulk rows shaped exactly like the editorial services' (one item is made through them, and its
/// rows are the template), so the timed operations meet a realistic database. Bulk inserts are
/// the benchmark's own business: the site's code never writes this way.
/// </summary>
internal static class Seeder
{
    private const int Batch = 500;
    private static readonly string[] Cultures = ["az", "en", "ru"];

    public static ActingUser[] AuditUsers { get; } = [.. Enumerable.Range(1, 20).Select(n => new ActingUser($"bench:user{n}", $"User {n}"))];

    public static async Task<Seeded> SeedAsync(IServiceProvider services, int items, int auditRows, bool journal = false)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<SiteDbContext>>();
        var editing = services.GetRequiredService<ContentEditingService>();
        var publishing = services.GetRequiredService<ContentPublishingService>();
        var body = string.Concat(Enumerable.Range(1, 4).Select(p => $"<p>Paragraph {p} of the template: the Commissioner met representatives of civil society and discussed human rights education, prison visits and the rights of the child.</p>"));
        // One lead image for every item: the lists render a thumbnail in each row, as they will for real.
        using var picture = NetVips.Image.Black(800, 600, bands: 3);
        var image = (await services.GetRequiredService<MediaLibrary>().UploadAsync(new MediaUpload(MediaContent.FromBytes(picture.JpegsaveBuffer()), "bench-lead.jpg"))).Item!;
        var template = await editing.CreateAsync(
            new CreateContentRequest
            {
                Type = DocumentType.NewsArticle,
                Values = new ContentValues { DateUtc = DateTime.UtcNow, ImageId = image.Id, Cultures = Cultures.ToDictionary(c => c, c => new CultureValues { Title = $"TEMPLATE-{c}", Summary = "Template summary.", BodyHtml = body }) },
            },
            SystemUsers.USync);
        await publishing.PublishAsync(template.DocumentId!.Value, Cultures, SystemUsers.USync);
        string json;
        await using (var db = await contexts.CreateDbContextAsync())
        {
            json = await db.DocumentVersions.Where(v => v.DocumentId == template.DocumentId).Select(v => v.ValuesJson).SingleAsync();
        }

        var random = new Random(11);
        var ids = new List<Guid>(items);
        var start = new DateTime(2018, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var written = 0;
        for (var first = 0; first < items; first += Batch)
        {
            await using var db = await contexts.CreateDbContextAsync();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var n = first; n < Math.Min(items, first + Batch); n++)
            {
                var id = Guid.NewGuid();
                ids.Add(id);
                var when = start.AddMinutes(random.Next(0, 8 * 365 * 24 * 60));
                var titles = Cultures.ToDictionary(c => c, c => $"Item {n} {c} {Word(random)} {Word(random)}");
                var document = new Document(id, DocumentType.NewsArticle, SystemUsers.USync, when);
                document.NextVersion(becomesHead: true, invariantChanged: true);
                document.PublishedInvariantVersion = 1;
                document.ShowImage(image.Id);
                db.Documents.Add(document);
                db.MediaUses.Add(new MediaUse(image.Id, id));
                var values = Cultures.Aggregate(json, (text, c) => text.Replace($"TEMPLATE-{c}", titles[c], StringComparison.Ordinal));
                db.DocumentVersions.Add(new DocumentVersion(id, 1, VersionKind.Created, null, SystemUsers.USync, when, Cultures, true, null, values));
                var item = new ContentItem(id, DocumentType.NewsArticle, when) { DateUtc = when };
                foreach (var culture in Cultures)
                {
                    var row = new DocumentCulture(id, DocumentType.NewsArticle, culture, $"item-{n}", titles[culture])
                    {
                        ChangedVersion = 1,
                        PublishedVersion = 1,
                        PublishedUtc = when,
                        FirstPublishedUtc = when,
                        PublishedByName = SystemUsers.USync.Name,
                        UpdatedUtc = when,
                        UpdatedByName = SystemUsers.USync.Name,
                    };
                    row.RefreshState(1, 1, publishScheduled: false, inReview: false);
                    db.DocumentCultures.Add(row);
                    db.DocumentTitleWords.AddRange(TitleWords.Of(titles[culture]).Select(w => new DocumentTitleWord(id, culture, w)));
                    var variant = item.AddVariant(culture, titles[culture], when);
                    variant.SetSlug($"item-{n}", when);
                    variant.Summary = "Template summary.";
                    variant.BodyHtml = body;
                    item.Publish(culture, when, when);
                }

                db.ContentItems.Add(item);
                if (journal)
                {
                    // As a publish journals it: what the sync feed reads.
                    db.ContentChanges.Add(new ContentChange(id, Cultures, ContentChangeKind.Published, when));
                }

                db.AuditEntries.Add(new AuditEntry(when, SystemUsers.USync, AuditAction.Create, id, Cultures, 1, titles["en"]));
                db.AuditEntries.Add(new AuditEntry(when, SystemUsers.USync, AuditAction.Publish, id, Cultures, 1, null));
                written += 2;
            }

            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
        }

        var actions = Enum.GetValues<AuditAction>();
        while (written < auditRows)
        {
            await using var db = await contexts.CreateDbContextAsync();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var n = 0; n < 10_000 && written < auditRows; n++, written++)
            {
                db.AuditEntries.Add(new AuditEntry(
                    start.AddMinutes(random.Next(0, 8 * 365 * 24 * 60)),
                    AuditUsers[random.Next(AuditUsers.Length)],
                    actions[random.Next(actions.Length)],
                    ids[random.Next(ids.Count)],
                    [Cultures[random.Next(3)]],
                    1,
                    "seeded"));
            }

            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
        }

        await using (var db = await contexts.CreateDbContextAsync())
        {
            // What autovacuum does to a live database after a load: statistics for the planner and a
            // visibility map, so counts and lists read indexes rather than the freshly written heap.
            if (db.Database.IsNpgsql())
            {
                await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE");
            }
            else
            {
                await db.Database.ExecuteSqlRawAsync("ANALYZE");
            }
        }

        var index = Stopwatch.StartNew();
        await services.GetRequiredService<SearchIndexer>().RebuildAsync();
        await services.GetRequiredService<IContentChangeNotifier>().ContentChangedAsync();
        return new Seeded(ids, written, index.Elapsed.TotalSeconds, start);
    }

    // A vocabulary of a few thousand words, as real text has, rather than a new word per title (which
    // would give the index a million distinct terms and every fuzzy query a needless search).
    private static readonly string[] Vocabulary = MakeVocabulary();

    /// <summary>A word many titles share, for timing a search that finds a full page.</summary>
    public static string CommonWord => Vocabulary[0];

    /// <summary>The <paramref name="n"/>th word of the titles' vocabulary (each in a few dozen titles per language).</summary>
    public static string VocabularyWord(int n) => Vocabulary[n % Vocabulary.Length];

    private static string Word(Random random) => Vocabulary[random.Next(Vocabulary.Length)];

    private static string[] MakeVocabulary()
    {
        var random = new Random(3);
        return [.. Enumerable.Range(0, 3000).Select(_ => new string([.. Enumerable.Range(0, random.Next(4, 9)).Select(_ => (char)('a' + random.Next(26)))]))];
    }
}

/// <summary>What the seeding left: the items' ids, the audit rows written, and how long the index took.</summary>
internal sealed record Seeded(List<Guid> Ids, int AuditRows, double IndexSeconds, DateTime AuditFromUtc);
