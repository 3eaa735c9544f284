using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Media;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Infrastructure.Media;
using OmbudsmanSite.Infrastructure.Persistence;
using OmbudsmanSite.Infrastructure.Tests.Support;

namespace OmbudsmanSite.Infrastructure.Tests.Media;

/// <summary>
/// Which media is in use, kept as the items change: a working copy or a live version that names a
/// file (lead image, body image) uses it; the recycle bin and unpublishing end a use; the migration's
/// rebuild finds the same.
/// </summary>
public abstract class MediaUseTests
{
    protected abstract Task<TestSite> CreateSiteAsync();

    [Fact]
    public async Task A_file_is_used_while_a_working_copy_or_a_live_version_names_it_and_unused_once_none_does()
    {
        var site = await CreateSiteAsync();
        var lead = await UploadAsync(site, "lead.jpg");
        var inBody = await UploadAsync(site, "body.jpg");
        var idle = await UploadAsync(site, "idle.jpg");
        var body = $"<p>Text.</p><figure><img src=\"/media/{inBody.StoragePath}\" alt=\"A lesson\" /></figure>";
        var item = await site.CreateAsync(DocumentType.NewsArticle, new Dictionary<string, string> { ["az"] = "Dərs" }, publish: ["az"],
            shape: v => v with { ImageId = lead.Id, Cultures = v.Cultures.ToDictionary(c => c.Key, c => c.Value with { BodyHtml = body }) });

        Assert.Equal(Sorted(inBody.Id, lead.Id), await UsedAsync(site, lead, inBody, idle));
        var folder = (await new MediaQueries(site.Contexts).FolderAsync(null))!;
        Assert.Equal(["idle"], folder.Items.Where(folder.IsUnused).Select(m => m.Name));

        // The draft drops the body image, but the live version still shows it.
        await site.EditAsync(item, v => v with { Cultures = v.Cultures.ToDictionary(c => c.Key, c => c.Value with { BodyHtml = "<p>Text.</p>" }) });
        Assert.Equal(Sorted(inBody.Id, lead.Id), await UsedAsync(site, lead, inBody, idle));

        Assert.True((await site.Publishing.UnpublishAsync(item, ["az"], TestSite.Tester)).Succeeded);
        Assert.Equal([lead.Id], await UsedAsync(site, lead, inBody, idle));

        Assert.True((await site.Editing.DeleteAsync(item, TestSite.Tester)).Succeeded);
        Assert.Empty(await UsedAsync(site, lead, inBody, idle));
        Assert.Null((await site.Media.DeleteAsync(lead.Id, TestSite.Tester)).Error); // nothing in use is in the way

        var other = await site.CreateAsync(DocumentType.NewsArticle, new Dictionary<string, string> { ["en"] = "Visit" }, shape: v => v with { ImageId = idle.Id });
        Assert.True((await site.Editing.DeleteAsync(other, TestSite.Tester)).Succeeded);
        Assert.True((await site.Editing.RestoreAsync(other, TestSite.Tester)).Succeeded);
        Assert.Equal([idle.Id], await UsedAsync(site, inBody, idle));
        Assert.Contains("Visit", (await site.Media.DeleteAsync(idle.Id, TestSite.Tester)).Error, StringComparison.Ordinal);

        await using var db = await site.Contexts.CreateDbContextAsync();
        var kept = await db.MediaUses.AsNoTracking().Select(u => new { u.DocumentId, u.MediaItemId }).ToListAsync();
        Assert.Equal(kept.Count, await MediaUseIndex.RebuildAsync(db, CancellationToken.None));
        Assert.Equal(kept, await db.MediaUses.AsNoTracking().Select(u => new { u.DocumentId, u.MediaItemId }).ToListAsync());
    }

    private static List<Guid> Sorted(params Guid[] ids) => [.. ids.Order()];

    private static async Task<MediaItem> UploadAsync(TestSite site, string name) =>
        (await site.Media.UploadAsync(new MediaUpload(MediaContent.FromBytes(TestImages.Jpeg(40, 30)), name))).Item!;

    private static async Task<List<Guid>> UsedAsync(TestSite site, params MediaItem[] items)
    {
        await using var db = await site.Contexts.CreateDbContextAsync();
        var ids = items.Select(i => i.Id).ToList();
        var used = await db.MediaUses.Where(u => ids.Contains(u.MediaItemId)).Select(u => u.MediaItemId).Distinct().ToListAsync();
        return [.. used.Order()];
    }
}

public sealed class SqliteMediaUseTests : MediaUseTests
{
    protected override Task<TestSite> CreateSiteAsync() => TestSite.CreateSqliteAsync();
}

[Collection(PostgreSqlTestGroup.Name)]
public sealed class PostgreSqlMediaUseTests(PostgreSqlCluster cluster) : MediaUseTests
{
    protected override async Task<TestSite> CreateSiteAsync() =>
        await TestSite.CreateAsync(DatabaseProvider.PostgreSql, await cluster.CreateDatabaseAsync());
}
