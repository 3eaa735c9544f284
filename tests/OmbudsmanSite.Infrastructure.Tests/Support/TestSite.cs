using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Infrastructure.Import;
using OmbudsmanSite.Infrastructure.Media;
using OmbudsmanSite.Infrastructure.Persistence;
using OmbudsmanSite.Infrastructure.Sync;

namespace OmbudsmanSite.Infrastructure.Tests.Support;

/// <summary>The infrastructure services over one fresh, migrated database, with the repository's real languages.</summary>
public sealed class TestSite
{
    private TestSite(IDbContextFactory<SiteDbContext> contexts, IOptions<SiteOptions> site)
    {
        Contexts = contexts;
        Site = site;
        Cultures = new SiteCultures(site);
        Clock = new SiteClock(site, Time);
    }

    public static string USyncFolder => Path.Combine(AppContext.BaseDirectory, "uSync");

    public static string SeedsFolder => Path.Combine(AppContext.BaseDirectory, "LegacySeeds");

    public IDbContextFactory<SiteDbContext> Contexts { get; }

    public IOptions<SiteOptions> Site { get; }

    public SiteCultures Cultures { get; }

    public ManualTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    public SiteClock Clock { get; }

    public IOptions<MediaOptions> MediaOptions { get; } = Options.Create(new MediaOptions());

    public LocalMediaStorage MediaStorage => new(Site, MediaOptions);

    public MediaLibrary Media => new(Contexts, MediaStorage, new MediaFileInspector(MediaOptions), Clock, ContentChangeBroadcaster.None, NullLogger<MediaLibrary>.Instance);

    public USyncImporter USyncImporter => new(Contexts, Cultures, Clock, Site, ContentChangeBroadcaster.None, Media, NullLogger<USyncImporter>.Instance);

    public LegacyArticleImporter LegacyImporter => new(Contexts, Clock, Cultures, NullLogger<LegacyArticleImporter>.Instance);

    public IPublishedContent Published => new PublishedContent(Contexts, Clock, new ReferenceDataCache(Contexts));

    public static async Task<TestSite> CreateAsync(DatabaseProvider provider, string connectionString, string? uSyncFolder = null, string? dataFolder = null)
    {
        uSyncFolder ??= USyncFolder;
        var site = new ConfigurationBuilder().AddUSyncLanguages(uSyncFolder).Build()
            .GetSection(SiteOptions.SectionName).Get<SiteOptions>() ?? throw new InvalidOperationException("No languages in uSync.");
        site.USyncPath = uSyncFolder;
        site.DataPath = dataFolder ?? Directory.CreateTempSubdirectory("ombudsman-data-").FullName;
        var database = Options.Create(new DatabaseOptions { Provider = provider, ConnectionString = connectionString });
        var siteOptions = Options.Create(site);
        var contexts = new SiteDbContextFactory(database, siteOptions);
        await new DatabaseInitializer(contexts, database, NullLogger<DatabaseInitializer>.Instance).InitializeAsync();
        return new TestSite(contexts, siteOptions);
    }

    public static async Task<TestSite> CreateSqliteAsync(string? uSyncFolder = null)
    {
        var folder = Directory.CreateTempSubdirectory("ombudsman-sqlite-").FullName;
        return await CreateAsync(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "test.db")}", uSyncFolder, folder);
    }
}

/// <summary>A clock the test moves by hand.</summary>
public sealed class ManualTimeProvider(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
