using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Infrastructure.Persistence;
using OmbudsmanSite.Infrastructure.Search;

namespace OmbudsmanSite.Web.Tests.Support;

/// <summary>The whole site in-process, on its own SQLite file in a fresh data folder, seeded from uSync.</summary>
public class SiteFactory : WebApplicationFactory<Program>
{
    private readonly (string USyncPath, string DataPath) _site = TestEnvironment.CreateSiteWithFixtures();

    public string DataPath => _site.DataPath;

    /// <summary>Settings of one test's own (configuration keys), over the ones every test site gets.</summary>
    public Dictionary<string, string> Settings { get; } = [];

    /// <summary>This site's own copy of the uSync folder (the repository's with the test fixtures merged in).</summary>
    public string USyncPath => _site.USyncPath;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Production");
        builder.UseSetting("Site:DataPath", DataPath);
        builder.UseSetting("Site:USyncPath", _site.USyncPath);
        builder.UseSetting("Site:FileLog:Enabled", "false");
        builder.UseSetting("AllowedHosts", "localhost"); // The test server's host: outside Development a real host is required.

        // Every test client shares one address; the limit has its own tests (RateLimitedSiteFactory).
        builder.UseSetting("Site:Search:RateLimit:Enabled", "false");
        builder.UseSetting("Site:Backoffice:SignInRateLimit:Enabled", "false");
        builder.UseSetting("Site:Api:RateLimit:Enabled", "false");
        builder.UseSetting("ContentChecks:Links:Enabled", "false"); // no request leaves the test machine; the link checker has its own tests

        // Publishing is these tests' subject, review is ReviewedSiteFactory's: here editors publish directly.
        foreach (var type in Enum.GetValues<OmbudsmanSite.Core.Content.DocumentType>())
        {
            builder.UseSetting($"Site:Editorial:ReviewRequired:{type}", "false");
            builder.UseSetting($"ContentChecks:ErrorsBlockPublishing:{type}", "false");
        }

        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Completes when the search index has been checked (and built) after start.</summary>
    public Task SearchReadyAsync() => Services.GetRequiredService<SearchIndexWorker>().Started;

    /// <summary>Edits an item's working copy as an editor will, through the editorial services, and publishes <paramref name="publish"/>.</summary>
    public async Task EditItemAsync(Guid id, Func<ContentValues, ContentValues> edit, params string[] publish)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var queries = Services.GetRequiredService<ContentQueries>();
        var document = await queries.DocumentAsync(id) ?? throw new InvalidOperationException($"No item {id}.");
        var values = await queries.ValuesAsync(id) ?? throw new InvalidOperationException($"Item {id} has no working copy.");
        var saved = await Services.GetRequiredService<ContentEditingService>().SaveAsync(new SaveContentRequest { DocumentId = id, BaseVersion = document.HeadVersion, Values = edit(values) }, Editor);
        Assert.True(saved.Succeeded, string.Join(" ", saved.Errors.Select(e => e.Message)));
        if (publish.Length > 0)
        {
            Assert.True((await Services.GetRequiredService<ContentPublishingService>().PublishAsync(id, publish, Editor)).Succeeded);
        }

        await JournalAppliedAsync();
    }

    public async Task UnpublishItemAsync(Guid id, params string[] cultures)
    {
        Assert.True((await Services.GetRequiredService<ContentPublishingService>().UnpublishAsync(id, cultures, Editor)).Succeeded);
        await JournalAppliedAsync();
    }

    /// <summary>Waits until this node has read the change journal up to its last row: caches have then been told.</summary>
    public async Task JournalAppliedAsync()
    {
        long last;
        await using (var db = await Services.GetRequiredService<IDbContextFactory<SiteDbContext>>().CreateDbContextAsync())
        {
            last = await db.ContentChanges.MaxAsync(c => (long?)c.Sequence) ?? 0;
        }

        var worker = Services.GetRequiredService<ContentJournalWorker>();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (worker.AppliedSequence < last)
        {
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"the journal stayed at {worker.AppliedSequence}, not {last}");
            await Task.Delay(10);
        }
    }

    public static ActingUser Editor { get; } = new("test:editor", "Editor (test)");

    /// <summary>A news article with these titles (culture → title), written by <paramref name="by"/> (the test editor when null) and published in <paramref name="publish"/>.</summary>
    public async Task<Guid> CreateNewsAsync(IReadOnlyDictionary<string, string> titles, IReadOnlyCollection<string>? publish = null, ActingUser? by = null)
    {
        ArgumentNullException.ThrowIfNull(titles);
        var created = await Services.GetRequiredService<ContentEditingService>().CreateAsync(new CreateContentRequest
        {
            Type = DocumentType.NewsArticle,
            Values = new ContentValues { DateUtc = new DateTime(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc), Cultures = titles.ToDictionary(t => t.Key, t => new CultureValues { Title = t.Value, BodyHtml = "<p>Text.</p>" }) },
        }, by ?? Editor);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Message)));
        if (publish is { Count: > 0 })
        {
            Assert.True((await Services.GetRequiredService<ContentPublishingService>().PublishAsync(created.DocumentId!.Value, publish, Editor)).Succeeded);
        }

        return created.DocumentId!.Value;
    }

    public HttpClient CreatePlainClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        var root = Path.GetDirectoryName(DataPath)!;
        if (disposing && Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
