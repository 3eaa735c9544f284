using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OmbudsmanSite.Core.Checks;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Infrastructure.Checks;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Infrastructure.Import;
using OmbudsmanSite.Infrastructure.Mail;
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

    /// <summary>The clock, moved by hand (its timers fire as it moves: the workers' sleeps are on it).</summary>
    public TestClock Time { get; } = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    /// <summary>The scheduler's wake-up, shared by every publishing service this site makes.</summary>
    public ScheduleSignal Schedules { get; } = new();

    public SiteClock Clock { get; }

    public IOptions<MediaOptions> MediaOptions { get; } = Options.Create(new MediaOptions());

    public LocalMediaStorage MediaStorage => new(Site, MediaOptions);

    public IOptions<EditorialOptions> EditorialOptions { get; } = Options.Create(new EditorialOptions());

    public ContentJournal Journal { get; } = new();

    public EditorialWriter Writer => new(Contexts, Clock, Cultures, Journal, EditorialOptions, NullLogger<EditorialWriter>.Instance);

    public ContentEditingService Editing => new(Writer, Cultures, new HtmlBodySanitizer());

    public ContentPublishingService Publishing => new(Writer, Contexts, Clock, EditorialOptions, Mail, Schedules, Checker, CheckOptions);

    /// <summary>The checks' settings every service here reads; tests that gate publishing on errors name their types in it.</summary>
    public IOptions<ContentCheckOptions> CheckOptions { get; } = Options.Create(new ContentCheckOptions());

    public ContentReviewService Reviews => new(Writer, Publishing, Mail, Contexts);

    /// <summary>The queue the editorial notifications go to (read from the database by the tests).</summary>
    public MailOutbox Outbox => new(Contexts, Clock);

    public EditorialMail Mail => new(Outbox, new TestLinks(), Cultures, Clock);

    public PresenceService Presence => new(Contexts, Writer, Clock, EditorialOptions);

    public RedirectService Redirects => new(Writer, Contexts, Cultures);

    public ContentQueries Queries => new(Contexts);

    public TaxonomyService Taxonomy => new(Writer, new ReferenceDataCache(Contexts), Cultures);

    public USyncExporter USyncExporter => new(Contexts, new ExportQueries(Contexts), new MediaQueries(Contexts), MediaStorage, Clock);

    public DemoContentSeeder DemoContent => new(Editing, Publishing, new ReferenceDataCache(Contexts), Cultures, Clock, NullLogger<DemoContentSeeder>.Instance);

    public DocumentTypeService DocumentTypes => new(Writer, new ReferenceDataCache(Contexts));

    public AutosaveStore Autosaves => new(Contexts, Clock, new HtmlBodySanitizer());

    public VersionCleanup Cleanup => new(Writer, Clock, EditorialOptions);

    public RecycleBinCleanup RecycleBinCleanup => new(Contexts, Editing, Clock, EditorialOptions);

    public MediaLibrary Media => new(Writer, MediaStorage, new MediaFileInspector(MediaOptions), Clock, NullLogger<MediaLibrary>.Instance);

    public USyncImporter USyncImporter => new(Contexts, Cultures, Clock, Site, Media, Editing, Publishing, Withdrawal, ChangeHistory, Queries, Taxonomy, DocumentTypes, NullLogger<USyncImporter>.Instance);

    public ContentWithdrawalService Withdrawal => new(Writer);

    public ChangeHistoryService ChangeHistory => new(Writer);

    public LegacyArticleImporter LegacyImporter => new(Editing, Clock, Cultures, NullLogger<LegacyArticleImporter>.Instance);

    public IPublishedContent Published => new PublishedContent(Contexts, Clock, new ReferenceDataCache(Contexts));

    /// <summary>The content checks with their default settings, English scored with Flesch.</summary>
    public ContentChecker Checker => new(
        new WritingChecks(CheckOptions),
        new ReadabilityMeter(Options.Create(new ReadabilityOptions { Formulas = { ["en"] = ReadabilityFormula.FleschReadingEase } })),
        Published,
        new ExternalLinkResults(Contexts),
        Contexts);

    /// <summary>The site-wide checks report over this site's items.</summary>
    public CheckReportStore CheckReport => new(Contexts, new CheckedTexts(Contexts), new SiteContentChecks(new CheckedTexts(Contexts), Checker), Cultures, Clock);

    /// <summary>The link checker with <paramref name="options"/>; dispose its probe when done.</summary>
    public (ExternalLinkChecks Links, LinkProbe Probe) LinkChecker(LinkCheckOptions options)
    {
        var probe = new LinkProbe(Options.Create(options));
        return (new ExternalLinkChecks(Contexts, new CheckedTexts(Contexts), probe, Clock, Options.Create(options), EditorialOptions, NullLogger<ExternalLinkChecks>.Instance), probe);
    }

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

    /// <summary>Creates an item in the given cultures (title and body each) through the editorial services, and publishes <paramref name="publish"/>.</summary>
    public async Task<Guid> CreateAsync(DocumentType type, IReadOnlyDictionary<string, string> titles, IEnumerable<string>? publish = null, Func<ContentValues, ContentValues>? shape = null)
    {
        var values = new ContentValues
        {
            Cultures = titles.ToDictionary(t => t.Key, t => new CultureValues { Title = t.Value, BodyHtml = $"<p>{t.Value}.</p>" }),
            Meeting = type == DocumentType.Meeting ? new MeetingValues() : null,
            Report = type == DocumentType.Report ? new ReportValues { Year = 2024 } : null,
        };
        var created = await Editing.CreateAsync(new CreateContentRequest { Type = type, Values = shape?.Invoke(values) ?? values }, Tester);
        Assert.Equal(OperationStatus.Success, created.Status);
        if (publish?.ToList() is { Count: > 0 } cultures)
        {
            Assert.Equal(OperationStatus.Success, (await Publishing.PublishAsync(created.DocumentId!.Value, cultures, Tester)).Status);
        }

        return created.DocumentId!.Value;
    }

    /// <summary>Saves the working copy changed by <paramref name="edit"/>, then publishes <paramref name="publish"/>.</summary>
    public async Task<EditorialResult> EditAsync(Guid id, Func<ContentValues, ContentValues> edit, IEnumerable<string>? publish = null)
    {
        var document = await Queries.DocumentAsync(id) ?? throw new InvalidOperationException($"No item {id}.");
        var values = await Queries.ValuesAsync(id) ?? throw new InvalidOperationException($"Item {id} has no working copy.");
        var saved = await Editing.SaveAsync(new SaveContentRequest { DocumentId = id, BaseVersion = document.HeadVersion, Values = edit(values) }, Tester);
        Assert.True(saved.Succeeded, string.Join(" ", saved.Errors.Select(e => e.Message)));
        if (publish?.ToList() is { Count: > 0 } cultures)
        {
            var published = await Publishing.PublishAsync(id, cultures, Tester);
            Assert.True(published.Succeeded, string.Join(" ", published.Errors.Select(e => e.Message)));
        }

        return saved;
    }

    /// <summary>The acting user of tests.</summary>
    public static ActingUser Tester { get; } = new("test:aysel", "Aysel (test)");

    public static async Task<TestSite> CreateSqliteAsync(string? uSyncFolder = null)
    {
        var folder = Directory.CreateTempSubdirectory("ombudsman-sqlite-").FullName;
        return await CreateAsync(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "test.db")}", uSyncFolder, folder);
    }
}

/// <summary>
/// A clock the test moves: forward with <see cref="FakeTimeProvider.Advance"/> (its timers fire), or back
/// with <see cref="Rewind"/> to write something "years ago" (timers are not moved back).
/// </summary>
public sealed class TestClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private TimeSpan _rewound;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() - _rewound;

    public void Rewind(TimeSpan by) => _rewound += by;

    /// <summary>Undoes every <see cref="Rewind"/>.</summary>
    public void Return() => _rewound = TimeSpan.Zero;
}
