using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace OmbudsmanSite.Web.Tests.Support;

/// <summary>The whole site in-process, on its own SQLite file in a fresh data folder, seeded from uSync.</summary>
public sealed class SiteFactory : WebApplicationFactory<Program>
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
