using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Infrastructure.Media;
using OmbudsmanSite.Infrastructure.Persistence;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Hosting;

/// <summary>Backup, wipe, restore: the restored site serves the same pages and files, and a damaged backup restores nothing.</summary>
public sealed class BackupRestoreTests : IDisposable
{
    private const string SigningKeySetting = "Site:Media:SigningKey";
    private static readonly string SigningKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    private readonly string _backup = Path.Combine(Path.GetTempPath(), "ombudsman-backup-" + Guid.NewGuid().ToString("N"));
    private readonly string _restored = Directory.CreateTempSubdirectory("ombudsman-restored-").FullName;

    public void Dispose()
    {
        foreach (var folder in new[] { _backup, _restored }.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_backup_restored_into_an_empty_data_folder_serves_the_same_pages_and_files()
    {
        Dictionary<string, string> before;
        BackupManifest made;
        string original;
        using (var site = new SiteFactory { Settings = { [SigningKeySetting] = SigningKey } })
        {
            await site.SearchReadyAsync();
            using var client = site.CreatePlainClient();
            before = await PagesAsync(client);
            original = await client.GetStringAsync(new Uri("/en/news", UriKind.Relative));
            made = await site.Services.GetRequiredService<SiteBackup>().BackupAsync(_backup);
        } // the original's data folder is deleted with it: the wipe

        Assert.Equal("Sqlite", made.Provider);
        Assert.True(made.MediaFiles >= 3, $"{made.MediaFiles} media files"); // the fixtures' photo and report PDFs
        Assert.False(File.Exists(Path.Combine(_backup, SiteBackup.MediaFolder, LocalMediaStorage.HealthProbeFolder, "probe")));

        await Backup(_restored).RestoreAsync(_backup);
        using var restored = new RestoredSiteFactory(_restored) { Settings = { [SigningKeySetting] = SigningKey } }; // as configured for the original
        await restored.SearchReadyAsync();
        using var copy = restored.CreatePlainClient();

        var after = await PagesAsync(copy);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(before, page => Assert.True(page.Value == after[page.Key], $"{page.Key} differs after the restore: {Difference(page.Value, after[page.Key])}"));
        Assert.True(before.Count > 30, $"only {before.Count} pages compared");
        foreach (var file in System.Text.RegularExpressions.Regex.Matches(original, "/media/[0-9a-f]{32}/[0-9a-f]{12}/[a-z0-9.-]+").Select(m => m.Value).Distinct())
        {
            using var media = await copy.GetAsync(new Uri(file, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, media.StatusCode);
        }
    }

    [Fact]
    public async Task A_damaged_or_foreign_backup_restores_nothing_and_says_why()
    {
        using (var site = new SiteFactory())
        {
            await site.Services.GetRequiredService<SiteBackup>().BackupAsync(_backup);
            var again = await Assert.ThrowsAsync<BackupException>(() => site.Services.GetRequiredService<SiteBackup>().BackupAsync(_backup));
            Assert.Contains("is not empty", again.Message, StringComparison.Ordinal);
        }

        await File.AppendAllTextAsync(Path.Combine(_backup, SiteBackup.SqliteFile), "x");
        var damaged = await Assert.ThrowsAsync<BackupException>(() => Backup(_restored).RestoreAsync(_backup));
        Assert.Contains("SHA-256", damaged.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_restored, "ombudsman.db")));

        var foreign = await Assert.ThrowsAsync<BackupException>(() => Backup(_restored).RestoreAsync(_restored));
        Assert.Contains("not a backup", foreign.Message, StringComparison.Ordinal);
    }

    /// <summary>The backup service of a site that is not running, over <paramref name="dataPath"/>.</summary>
    private static SiteBackup Backup(string dataPath)
    {
        var site = Options.Create(new SiteOptions { DataPath = dataPath });
        return new SiteBackup(Options.Create(new DatabaseOptions()), site, new LocalMediaStorage(site, Options.Create(new MediaOptions())), new SiteClock(site, TimeProvider.System));
    }

    /// <summary>Where two pages part, with some context, for the failure message.</summary>
    private static string Difference(string expected, string actual)
    {
        var at = 0;
        while (at < expected.Length && at < actual.Length && expected[at] == actual[at])
        {
            at++;
        }

        var from = Math.Max(0, at - 80);
        return $"kept …{expected[from..Math.Min(expected.Length, at + 120)]}… served …{actual[from..Math.Min(actual.Length, at + 120)]}…";
    }

    private static async Task<Dictionary<string, string>> PagesAsync(HttpClient client)
    {
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var location in await SitemapReader.LocationsAsync(client))
        {
            var path = new Uri(location).PathAndQuery;
            using var answer = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            pages[path] = await answer.Content.ReadAsStringAsync();
        }

        return pages;
    }
}
