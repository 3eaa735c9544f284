using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Infrastructure.Persistence.PostgreSql;
using OmbudsmanSite.Infrastructure.Persistence.Sqlite;

namespace OmbudsmanSite.Infrastructure.Persistence;

/// <summary>Creates the provider's context type, so EF Core finds that provider's migrations.</summary>
public sealed class SiteDbContextFactory : IDbContextFactory<SiteDbContext>
{
    private readonly DbContextOptions<SiteDbContext> _options;
    private readonly DatabaseProvider _provider;

    public SiteDbContextFactory(IOptions<DatabaseOptions> database, IOptions<SiteOptions> site)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(site);
        _provider = database.Value.Provider;
        _options = BuildOptions(database.Value, site.Value);
    }

    public SiteDbContext CreateDbContext() => _provider switch
    {
        DatabaseProvider.Sqlite => new SqliteSiteDbContext(_options),
        DatabaseProvider.PostgreSql => new PostgreSqlSiteDbContext(_options),
        _ => throw new InvalidOperationException($"Unknown database provider {_provider}."),
    };

    public static DbContextOptions<SiteDbContext> BuildOptions(DatabaseOptions database, SiteOptions site)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(site);
        var builder = new DbContextOptionsBuilder<SiteDbContext>();
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(SqliteConnectionString(database, site)).AddInterceptors(SqliteUnicodeLower.Instance);
                break;
            case DatabaseProvider.PostgreSql:
                if (string.IsNullOrWhiteSpace(database.ConnectionString))
                {
                    throw new InvalidOperationException("Database:ConnectionString is required when Database:Provider is PostgreSql.");
                }

                builder.UseNpgsql(database.ConnectionString);
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider {database.Provider}.");
        }

        return builder.Options;
    }

    /// <summary>The SQLite connection string: the configured one, or the file in the data folder.</summary>
    public static string SqliteConnectionString(DatabaseOptions database, SiteOptions site)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(site);
        if (!string.IsNullOrWhiteSpace(database.ConnectionString))
        {
            return database.ConnectionString;
        }

        var dataPath = site.ResolveDataPath();
        Directory.CreateDirectory(dataPath);
        return $"Data Source={Path.Combine(dataPath, "ombudsman.db")}";
    }
}
