using Microsoft.AspNetCore.Hosting;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Web.Tests.Support;

/// <summary>
/// One node of several: the site on a shared PostgreSQL database, with a data folder of its own (index,
/// caches), the media folder and image signing key every node shares, and a name of its own.
/// </summary>
public sealed class NodeFactory(string connectionString, string dataPath, string mediaPath, string signingKey, string name) : SiteFactory
{
    public string Name => name;

    public string NodeDataPath => dataPath;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting($"{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.Provider)}", nameof(DatabaseProvider.PostgreSql));
        builder.UseSetting($"{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.ConnectionString)}", connectionString);
        builder.UseSetting("Site:DataPath", dataPath);
        foreach (var (key, value) in TestEnvironment.SharedNodeSettings(mediaPath, signingKey))
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Site:Editorial:NodeName", name);
        builder.UseSetting("Site:Editorial:SchedulePollInterval", "00:00:00.2"); // both nodes keep looking, so both compete for each schedule
    }
}
