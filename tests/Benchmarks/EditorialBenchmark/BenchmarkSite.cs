using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Infrastructure.Persistence;
using OmbudsmanSite.Tests.Shared;

namespace EditorialBenchmark;

/// <summary>The site on Kestrel (a real loopback port) over the benchmark's database, in this process.</summary>
internal sealed class BenchmarkSite : WebApplicationFactory<OmbudsmanSite.Web.Routing.SiteUrls>
{
    private readonly DatabaseProvider _provider;
    private readonly string _connectionString;
    private readonly string _root;

    private readonly bool _quietJournal;
    private readonly IReadOnlyDictionary<string, string> _settings;

    /// <param name="quietJournal">
    /// Read the change journal only when a write here nudges it (not every second): the seeder's own
    /// journal rows are then left for the next site over the same database, as a deploy would find them.
    /// </param>
    public BenchmarkSite(DatabaseProvider provider, string connectionString, string root, bool quietJournal = false, IReadOnlyDictionary<string, string>? settings = null)
    {
        _settings = settings ?? new Dictionary<string, string>();
        _quietJournal = quietJournal;
        _provider = provider;
        _connectionString = connectionString;
        _root = root;
        UseKestrel(TestEnvironment.FreeLoopbackPort());

        // WebApplicationFactory finds a test project's content root by an attribute its build adds;
        // a program names it here instead: the site's project folder.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_OMBUDSMANSITE_WEB", Path.Combine(TestEnvironment.RepositoryRoot(), "src", "OmbudsmanSite.Web"));
    }

    /// <summary>One key for every site over the same folder (a cold restart reads the same signed URLs).</summary>
    private static readonly string SigningKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    /// <summary>The settings every site over <paramref name="root"/> shares, in this process or as a process of its own.</summary>
    public static IReadOnlyDictionary<string, string> Settings(DatabaseProvider provider, string connectionString, string root)
    {
        var settings = new Dictionary<string, string>
        {
            ["Database:Provider"] = provider.ToString(),
            ["Database:ConnectionString"] = connectionString,
            ["Site:DataPath"] = Path.Combine(root, "data"),
            ["Site:USyncPath"] = Path.Combine(root, "uSync"),
            ["Site:FileLog:Enabled"] = "false",
            ["Site:Search:RateLimit:Enabled"] = "false",
            ["Site:Backoffice:SignInRateLimit:Enabled"] = "false", // the sign-in timing makes hundreds of attempts from one address
            ["Site:Api:RateLimit:Enabled"] = "false", // the API timings ask thousands of times from one address
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["ContentChecks:Links:Enabled"] = "false", // no request leaves the machine while it measures
        };
        foreach (var (key, value) in TestEnvironment.SharedNodeSettings(Path.Combine(root, "media"), SigningKey))
        {
            settings[key] = value;
        }

        foreach (var type in Enum.GetValues<DocumentType>())
        {
            settings[$"Site:Editorial:ReviewRequired:{type}"] = "false"; // it times publishing itself, not the review before it
            settings[$"ContentChecks:ErrorsBlockPublishing:{type}"] = "false"; // nor the checks' gate
        }

        return settings;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        TestEnvironment.CopyTree(Path.Combine(TestEnvironment.RepositoryRoot(), "uSync"), Path.Combine(_root, "uSync"));
        builder.UseEnvironment("Production");

        // A built (not published) site: blazor.web.js and the compressed files are found through the
        // build's static web assets manifest, as dotnet run does in Development.
        builder.UseStaticWebAssets();
        builder.UseSetting("AllowedHosts", "localhost;127.0.0.1");
        foreach (var (key, value) in Settings(_provider, _connectionString, _root))
        {
            builder.UseSetting(key, value);
        }

        if (_quietJournal)
        {
            builder.UseSetting("Site:Editorial:JournalPollInterval", "01:00:00");
        }

        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
