using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Infrastructure.Tests.Support;

namespace OmbudsmanSite.Infrastructure.Tests.Import;

/// <summary>seed-demo: items of every listed type in every language, published through the editorial services, the same for the same seed.</summary>
public sealed class DemoContentSeederTests
{
    [Fact]
    public async Task Demo_items_are_published_in_every_language_through_the_editorial_services()
    {
        var site = await TestSite.CreateSqliteAsync();
        await site.USyncImporter.ImportAsync();
        int before;
        await using (var db = await site.Contexts.CreateDbContextAsync())
        {
            before = await db.ContentItems.CountAsync();
        }

        var progress = new List<int>();
        var made = await site.DemoContent.SeedAsync(30, seed: 7, new SynchronousProgress(progress.Add));

        Assert.Equal(30, made);
        Assert.Equal([30], progress);
        await using var check = await site.Contexts.CreateDbContextAsync();
        var demo = await check.Documents.Where(d => d.CreatedById == SystemUsers.DemoContent.Id).Select(d => d.Id).ToListAsync();
        var items = await check.ContentItems.Include(i => i.Variants).Include(i => i.Participants).Where(i => demo.Contains(i.Id)).ToListAsync();
        Assert.Equal(before + 30, await check.ContentItems.CountAsync());
        Assert.Equal(30, items.Count);
        Assert.All(items, i => Assert.Equal(["az", "en", "ru"], i.Variants.Select(v => v.Culture).Order(StringComparer.Ordinal)));
        Assert.Equal([DocumentType.NewsArticle, DocumentType.Meeting, DocumentType.Report], items.Select(i => i.Type).Distinct().Order());
        Assert.All(items, i => Assert.InRange(i.DateUtc!.Value, site.Clock.UtcNow.AddYears(-20).AddDays(-1), site.Clock.UtcNow));
        Assert.Equal(60, await check.AuditEntries.CountAsync(e => e.UserId == SystemUsers.DemoContent.Id && (e.Action == AuditAction.Create || e.Action == AuditAction.Publish)));
        Assert.Contains(items, i => i.Type == DocumentType.Meeting && i.Participants.Count > 0);
    }

    [Fact]
    public async Task The_same_seed_makes_the_same_titles()
    {
        var first = await TitlesAsync(seed: 3);
        Assert.Equal(first, await TitlesAsync(seed: 3));
        Assert.NotEqual(first, await TitlesAsync(seed: 4));
    }

    private static async Task<List<string>> TitlesAsync(int seed)
    {
        var site = await TestSite.CreateSqliteAsync();
        await site.USyncImporter.ImportAsync();
        await site.DemoContent.SeedAsync(5, seed);
        await using var db = await site.Contexts.CreateDbContextAsync();
        var demo = await db.Documents.Where(d => d.CreatedById == SystemUsers.DemoContent.Id).Select(d => d.Id).ToListAsync();
        return await db.ContentVariants.Where(v => v.Culture == "en" && demo.Contains(v.ContentItemId)).OrderBy(v => v.Title).Select(v => v.Title).ToListAsync();
    }

    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
