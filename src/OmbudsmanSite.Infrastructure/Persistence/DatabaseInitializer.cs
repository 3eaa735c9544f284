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
            foreach (var step in DataSteps().Where(step => pending.Any(m => m.EndsWith("_" + step.Migration, StringComparison.Ordinal))))
            {
                var count = await step.RunAsync(db, cancellationToken);
                logger.LogInformation("After migration {Migration}: {Outcome} ({Count})", step.Migration, step.Outcome, count);
            }
        }
    }

    /// <summary>
    /// Work on the stored data that a migration makes necessary (filling a new index or column from
    /// what is stored), run once: when that migration is among those just applied.
    /// </summary>
    private IEnumerable<(string Migration, string Outcome, Func<SiteDbContext, CancellationToken, Task<int>> RunAsync)> DataSteps()
    {
        yield return (TitleWordIndex.MigrationName, "title words indexed for the editors' lists", TitleWordIndex.RebuildAsync);
        yield return (DocumentImageBackfill.MigrationName, "stored items given their list image", DocumentImageBackfill.RunAsync);
        if (cultures is not null)
        {
            var host = Uri.TryCreate(site?.Value.PublicBaseUrl, UriKind.Absolute, out var baseUrl) ? baseUrl.Host : null;
            yield return (InternalLinkConversion.MigrationName, "items whose links to the site's own items are now stored by id", new InternalLinkConversion(cultures, host).RunAsync);
        }

        yield return (MediaUseIndex.MigrationName, "uses of media items indexed", MediaUseIndex.RebuildAsync);
        yield return (RetiredAddressProjection.MigrationName, "old and deleted addresses written for the public side", RetiredAddressProjection.RebuildAsync);
    }
}
