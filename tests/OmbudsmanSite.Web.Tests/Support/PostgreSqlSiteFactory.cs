using Microsoft.AspNetCore.Hosting;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Web.Tests.Support;

/// <summary>
/// The whole site in-process on a throw-away PostgreSQL cluster (initdb in a temp folder, a random
/// loopback port), seeded from uSync like <see cref="SiteFactory"/>: the same tests, the production database.
/// </summary>
public sealed class PostgreSqlSiteFactory : SiteFactory, IAsyncLifetime
{
    private readonly ThrowawayPostgres _server = new();
    private string _connectionString = "";

    public async Task InitializeAsync()
    {
        await _server.StartAsync();
        _connectionString = await _server.CreateDatabaseAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _server.StopAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting($"{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.Provider)}", nameof(DatabaseProvider.PostgreSql));
        builder.UseSetting($"{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.ConnectionString)}", _connectionString);
        foreach (var (key, value) in TestEnvironment.SharedNodeSettings(Path.Combine(Path.GetDirectoryName(DataPath)!, "media")))
        {
            builder.UseSetting(key, value);
        }
    }
}
