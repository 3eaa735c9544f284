using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Infrastructure.Import;
using OmbudsmanSite.Infrastructure.Persistence;
using OmbudsmanSite.Infrastructure.Sync;

namespace OmbudsmanSite.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddOmbudsmanInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.SectionName));
        services.AddSingleton<IDbContextFactory<SiteDbContext>, SiteDbContextFactory>();
        services.AddSingleton<DatabaseInitializer>();
        services.AddSingleton<ReferenceDataCache>();
        services.AddSingleton<PublishedContent>();
        services.AddSingleton<PublishedContentCache>();
        services.AddSingleton<IPublishedContent>(provider => provider.GetRequiredService<PublishedContentCache>());
        services.TryAddSingleton<IContentChangeNotifier>(NoContentChangeNotifier.Instance);
        services.AddSingleton<USyncImporter>();
        services.AddSingleton<LegacyArticleImporter>();
        return services;
    }

    /// <summary>Adds the uSync language files to configuration (see <see cref="USyncLanguagesConfigurationSource"/>).</summary>
    public static IConfigurationBuilder AddUSyncLanguages(this IConfigurationBuilder builder, string uSyncFolder) =>
        builder.Add(new USyncLanguagesConfigurationSource(Path.Combine(uSyncFolder, USyncFolders.Languages)));
}
