using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Infrastructure.Editorial;

namespace OmbudsmanSite.Infrastructure.Persistence;

/// <summary>Creates and migrates the database on start (SQLite file or PostgreSQL schema).</summary>
public sealed class DatabaseInitializer(IDbContextFactory<SiteDbContext> contextFactory, IOptions<DatabaseOptions> options, ILogger<DatabaseInitializer> logger,
    SiteCultures? cultures = null, IOptions<SiteOptions>? site = null)
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
            if (pending.Any(m => m.EndsWith("_" + TitleWordIndex.MigrationName, StringComparison.Ordinal)))
            {
                var words = await TitleWordIndex.RebuildAsync(db, cancellationToken);
                logger.LogInformation("Indexed {Count} title words of the stored items for the editors' lists", words);
            }

            if (pending.Any(m => m.EndsWith("_" + DocumentImageBackfill.MigrationName, StringComparison.Ordinal)))
            {
                var images = await DocumentImageBackfill.RunAsync(db, cancellationToken);
                logger.LogInformation("Gave {Count} stored items their list image", images);
            }

            if (cultures is not null && pending.Any(m => m.EndsWith("_" + InternalLinkConversion.MigrationName, StringComparison.Ordinal)))
            {
                var host = Uri.TryCreate(site?.Value.PublicBaseUrl, UriKind.Absolute, out var baseUrl) ? baseUrl.Host : null;
                var links = await new InternalLinkConversion(cultures, host).RunAsync(db, cancellationToken);
                logger.LogInformation("Stored the links to the site's own items by id in {Count} items", links);
            }
        }
    }
}
