using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Infrastructure.Media;
using OmbudsmanSite.Infrastructure.Persistence;
using OmbudsmanSite.Infrastructure.Tests.Support;

namespace OmbudsmanSite.Infrastructure.Tests.Persistence;

/// <summary>backup and restore on PostgreSQL: pg_dump of one database, pg_restore into another, media beside it.</summary>
[Collection(PostgreSqlTestGroup.Name)]
public sealed class PostgreSqlBackupTests(PostgreSqlCluster cluster)
{
    [Fact]
    public async Task A_database_and_its_media_come_back_whole_in_an_empty_database()
    {
        var root = Directory.CreateTempSubdirectory("ombudsman-pg-backup-").FullName;
        try
        {
            var source = await TestSite.CreateAsync(DatabaseProvider.PostgreSql, await cluster.CreateDatabaseAsync(), dataFolder: Path.Combine(root, "a"));
            var id = await source.CreateAsync(DocumentType.NewsArticle, new Dictionary<string, string> { ["en"] = "Kept by the backup", ["az"] = "Ehtiyat nüsxədə" }, ["en", "az"]);
            Directory.CreateDirectory(source.MediaStorage.Root);
            await File.WriteAllBytesAsync(Path.Combine(source.MediaStorage.Root, "file.pdf"), TestEnvironment.SamplePdf(1));

            var made = await Backup(source, Path.Combine(root, "a")).BackupAsync(Path.Combine(root, "backup"));

            var target = await TestSite.CreateAsync(DatabaseProvider.PostgreSql, await cluster.CreateDatabaseAsync(), dataFolder: Path.Combine(root, "b"));
            var restored = await Backup(target, Path.Combine(root, "b")).RestoreAsync(Path.Combine(root, "backup"));

            Assert.Equal("PostgreSql", made.Provider);
            Assert.Equal(made, restored);
            Assert.Equal(1, made.MediaFiles);
            Assert.NotNull(await target.Published.FindBySlugAsync(DocumentType.NewsArticle, "en", "kept-by-the-backup"));
            Assert.True(File.Exists(Path.Combine(target.MediaStorage.Root, "file.pdf")));
            await using var a = await source.Contexts.CreateDbContextAsync();
            await using var b = await target.Contexts.CreateDbContextAsync();
            Assert.Equal(await a.ContentChanges.MaxAsync(c => c.Sequence), await b.ContentChanges.MaxAsync(c => c.Sequence));
            Assert.Equal(await a.AuditEntries.CountAsync(), await b.AuditEntries.CountAsync());
            Assert.Equal(await a.Documents.Select(d => d.Id).SingleAsync(d => d == id), await b.Documents.Select(d => d.Id).SingleAsync(d => d == id));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static SiteBackup Backup(TestSite site, string dataFolder) =>
        new(Options.Create(new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = ConnectionOf(site) }), site.Site, site.MediaStorage, site.Clock);

    private static string ConnectionOf(TestSite site)
    {
        using var db = site.Contexts.CreateDbContext();
        return db.Database.GetConnectionString()!;
    }
}
