using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Infrastructure.Persistence;
using OmbudsmanSite.Infrastructure.Search;

namespace OmbudsmanSite.Web.Tests.Support;

/// <summary>The whole site in-process, on its own SQLite file in a fresh data folder, seeded from uSync.</summary>
public class SiteFactory : WebApplicationFactory<Program>
{
    private readonly (string USyncPath, string DataPath) _site = TestEnvironment.CreateSiteWithFixtures();

    public string DataPath => _site.DataPath;

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
    }

    /// <summary>Completes when the search index has been checked (and built) after start.</summary>
    public Task SearchReadyAsync() => Services.GetRequiredService<SearchIndexWorker>().Started;

    /// <summary>Changes an item as an editor's save will: in one transaction, then tells the caches.</summary>
    public async Task EditItemAsync(Guid id, Action<ContentItem, DateTime> edit)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var contexts = Services.GetRequiredService<IDbContextFactory<SiteDbContext>>();
        var now = Services.GetRequiredService<SiteClock>().UtcNow;
        await using (var db = await contexts.CreateDbContextAsync())
        {
            var item = await db.ContentItems.Include(c => c.Variants).SingleAsync(c => c.Id == id);
            edit(item, now);
            await db.SaveChangesAsync();
        }

        await Services.GetRequiredService<IContentChangeNotifier>().ContentChangedAsync();
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
