using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace OmbudsmanSite.Infrastructure.Persistence;

/// <summary>Creates and migrates the database on start (SQLite file or PostgreSQL schema).</summary>
public sealed class DatabaseInitializer(IDbContextFactory<SiteDbContext> contextFactory, IOptions<DatabaseOptions> options, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (!options.Value.MigrateOnStart)
        {
            return;
        }

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            logger.LogInformation("Applying {Count} migration(s) on {Provider}: {Migrations}", pending.Count, options.Value.Provider, pending);
            await db.Database.MigrateAsync(cancellationToken);
        }
    }
}
