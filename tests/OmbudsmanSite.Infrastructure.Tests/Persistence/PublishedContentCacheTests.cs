using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Infrastructure.Persistence;
using OmbudsmanSite.Infrastructure.Tests.Support;

namespace OmbudsmanSite.Infrastructure.Tests.Persistence;

public sealed class PublishedContentCacheTests
{
    private const string Slug = "ombudsman-sabina-aliyeva-receives-inter-parliamentary-union-secretary-general";

    [Fact]
    public async Task Reads_come_from_memory_until_invalidated()
    {
        var site = await TestSite.CreateSqliteAsync();
        await site.USyncImporter.ImportAsync();
        var cache = new PublishedContentCache(new PublishedContent(site.Contexts, site.Clock, new ReferenceDataCache(site.Contexts)), new ReferenceDataCache(site.Contexts), Options.Create(new PublishedCacheOptions()));
        var before = await cache.FindBySlugAsync(DocumentType.Meeting, "en", Slug);
        var list = await cache.ListAsync(DocumentType.Meeting, "en", ContentFilter.None, 1, 10);

        await UnpublishAsync(site, before!.Id, "en");
        var stillCached = await cache.FindBySlugAsync(DocumentType.Meeting, "en", Slug);
        cache.Invalidate();
        var after = await cache.FindBySlugAsync(DocumentType.Meeting, "en", Slug);
        var listAfter = await cache.ListAsync(DocumentType.Meeting, "en", ContentFilter.None, 1, 10);

        Assert.Same(before, stillCached);
        Assert.Null(after);
        Assert.Equal(5, list.TotalCount);
        Assert.Equal(4, listAfter.TotalCount);
    }

    [Fact]
    public async Task Reads_racing_invalidations_never_fail()
    {
        var site = await TestSite.CreateSqliteAsync();
        await site.USyncImporter.ImportAsync();
        var cache = new PublishedContentCache(new PublishedContent(site.Contexts, site.Clock, new ReferenceDataCache(site.Contexts)), new ReferenceDataCache(site.Contexts), Options.Create(new PublishedCacheOptions()));
        // A number of reads, not a time: on a busy machine a reader may get no turn in a few seconds.
        const int ReadsEach = 40;
        using var readersDone = new CancellationTokenSource();
        var invalidations = 0;
        var invalidating = Task.Run(async () =>
        {
            while (!readersDone.IsCancellationRequested)
            {
                cache.Invalidate(); // as the journal does after each publish
                invalidations++;
                await Task.Yield();
            }
        });
        var reading = Enumerable.Range(0, 4).Select(n => Task.Run(async () =>
        {
            for (var reads = 0; reads < ReadsEach; reads++)
            {
                Assert.NotNull(await cache.FindBySlugAsync(DocumentType.Meeting, "en", Slug));
                await cache.ListAsync(DocumentType.Meeting, "en", new ContentFilter(Year: 2020 + (reads % 5)), 1, 10);
            }
        })).ToList();

        await Task.WhenAll(reading); // any read that failed has thrown here
        await readersDone.CancelAsync();
        await invalidating;
        Assert.True(invalidations > 0);
    }

    [Fact]
    public async Task Different_arguments_are_different_entries()
    {
        var site = await TestSite.CreateSqliteAsync();
        await site.USyncImporter.ImportAsync();
        var cache = new PublishedContentCache(new PublishedContent(site.Contexts, site.Clock, new ReferenceDataCache(site.Contexts)), new ReferenceDataCache(site.Contexts), Options.Create(new PublishedCacheOptions()));

        var all = await cache.ListAsync(DocumentType.Meeting, "en", ContentFilter.None, 1, 10);
        var filtered = await cache.ListAsync(DocumentType.Meeting, "en", new ContentFilter(Year: 2021), 1, 10);
        var russian = await cache.ListAsync(DocumentType.Meeting, "ru", new ContentFilter(Year: 2021), 1, 10);

        Assert.Equal(5, all.TotalCount);
        Assert.Equal(1, filtered.TotalCount);
        Assert.Equal("ru", Assert.Single(Assert.Single(russian.Items).Variants).Culture);
    }

    [Fact]
    public async Task Memory_stays_within_its_byte_bound_whatever_is_asked()
    {
        var site = await TestSite.CreateSqliteAsync();
        await site.USyncImporter.ImportAsync();
        const long bound = 256 * 1024;
        var cache = new PublishedContentCache(new PublishedContent(site.Contexts, site.Clock, new ReferenceDataCache(site.Contexts)), new ReferenceDataCache(site.Contexts), Options.Create(new PublishedCacheOptions { MaxBytes = bound }));

        // A crawler's walk over filter combinations: every one a distinct key, each list with bodies.
        var largest = 0L;
        for (var pageSize = 1; pageSize <= 200; pageSize++)
        {
            await cache.ListAsync(DocumentType.Meeting, "en", new ContentFilter(Year: 2021), 1, pageSize);
            await cache.ListAsync(DocumentType.Meeting, "ru", ContentFilter.None, 1, pageSize);
            largest = Math.Max(largest, cache.CurrentBytes);
        }

        var all = await cache.ListAsync(DocumentType.Meeting, "en", ContentFilter.None, 1, 10);
        var again = await cache.ListAsync(DocumentType.Meeting, "en", ContentFilter.None, 1, 10);

        Assert.InRange(largest, bound / 2, bound); // Filled to its bound, never past it.
        Assert.Same(all, again); // Still a cache: what fits is kept.
    }

    private static async Task UnpublishAsync(TestSite site, Guid id, string culture) =>
        Assert.Equal(OperationStatus.Success, (await site.Publishing.UnpublishAsync(id, [culture], TestSite.Tester)).Status);
}
