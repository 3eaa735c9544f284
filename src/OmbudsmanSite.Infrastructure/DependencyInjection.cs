using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Checks;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Infrastructure.Checks;
using OmbudsmanSite.Infrastructure.Diagnostics;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Infrastructure.Import;
using OmbudsmanSite.Infrastructure.Mail;
using OmbudsmanSite.Core.Search;
using OmbudsmanSite.Infrastructure.Media;
using OmbudsmanSite.Infrastructure.Persistence;
using OmbudsmanSite.Infrastructure.Search;
using OmbudsmanSite.Infrastructure.Sync;

namespace OmbudsmanSite.Infrastructure;

public static class DependencyInjection
{
    public static IServiceCollection AddOmbudsmanInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.SectionName));
        services.Configure<PublishedCacheOptions>(configuration.GetSection(PublishedCacheOptions.SectionName));
        services.AddSingleton<IDbContextFactory<SiteDbContext>, SiteDbContextFactory>();
        services.AddSingleton<DatabaseInitializer>();
        services.AddSingleton<StartupLock>();
        services.AddSingleton<SiteBackup>();
        services.AddSingleton<Persistence.PostgreSql.JournalNotifications>();
        services.AddHostedService(provider => provider.GetRequiredService<Persistence.PostgreSql.JournalNotifications>());
        services.AddMetrics();
        services.AddSingleton<SiteMetrics>();
        services.AddSingleton<SiteGauges>();
        services.AddSingleton<ReferenceDataCache>();
        services.AddSingleton<PublishedContent>();
        services.AddSingleton<PublishedContentCache>();
        services.AddSingleton<IPublishedChanges, PublishedChanges>();
        services.AddSingleton<IPublishedContent>(provider => provider.GetRequiredService<PublishedContentCache>());

        // Listeners hear of changes in this order: the published cache first, so the others reload fresh data.
        services.AddSingleton<IContentChangeListener>(provider => provider.GetRequiredService<PublishedContentCache>());
        services.AddSingleton<IContentChangeNotifier, ContentChangeBroadcaster>();
        services.Configure<EditorialOptions>(configuration.GetSection(EditorialOptions.SectionName));
        services.AddSingleton<ContentJournal>();
        services.AddSingleton<EditorialWriter>();
        services.AddSingleton<HtmlBodySanitizer>();
        services.Configure<MailOptions>(configuration.GetSection(MailOptions.SectionName));
        services.AddSingleton<MailOutbox>();
        services.AddSingleton<SmtpMailTransport>();
        services.AddSingleton<PickupFolderMailTransport>();
        services.AddSingleton<IMailTransport>(provider => provider.GetRequiredService<IOptions<MailOptions>>().Value.UsesSmtp
            ? provider.GetRequiredService<SmtpMailTransport>()
            : provider.GetRequiredService<PickupFolderMailTransport>());
        services.AddSingleton<EditorialMail>();
        services.AddSingleton<AccountMail>();
        services.AddSingleton<MailDelivery>();
        services.AddHostedService(provider => provider.GetRequiredService<MailDelivery>());
        services.AddSingleton<SecurityAudit>();
        services.AddSingleton<Identity.BackofficeSessionStore>();
        services.AddSingleton<ContentEditingService>();
        services.AddSingleton<ContentPublishingService>();
        services.AddSingleton<ContentWithdrawalService>();
        services.AddSingleton<ChangeHistoryService>();
        services.AddSingleton<ContentReviewService>();
        services.AddSingleton<PresenceService>();
        services.AddSingleton<RedirectService>();
        services.AddSingleton<ApiKeyService>();
        services.AddSingleton<IPreviewContent, PreviewContent>();
        services.AddSingleton<ContentQueries>();
        services.AddSingleton<WorkspaceCounts>();
        services.AddSingleton<WorkspaceSearch>();
        services.AddSingleton<BulkEditor>();
        services.AddSingleton<TaxonomyService>();
        services.AddSingleton<DocumentTypeService>();
        services.AddSingleton<AutosaveStore>();
        services.AddSingleton<VersionCleanup>();
        services.AddSingleton<RecycleBinCleanup>();
        services.AddSingleton<JournalCompaction>();
        services.AddSingleton<Background.RecurringJobClaims>();
        services.AddSingleton<JournalPosition>();
        services.AddSingleton<ContentJournalWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<ContentJournalWorker>());
        services.AddSingleton<ScheduleSignal>();
        services.AddSingleton<ScheduleWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<ScheduleWorker>());
        services.AddHostedService<VersionCleanupWorker>();
        services.Configure<SearchOptions>(configuration.GetSection(SearchOptions.SectionName));
        services.AddSingleton<SearchAnalysis>();
        services.AddSingleton<SearchIndex>();
        services.AddSingleton<SearchDocumentFactory>();
        services.AddSingleton<SearchIndexer>();
        services.AddSingleton<SearchQueryBuilder>();
        services.AddSingleton<SiteSearch>();
        services.AddSingleton<ISiteSearch>(provider => provider.GetRequiredService<SiteSearch>());
        services.AddSingleton<SearchIndexWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<SearchIndexWorker>());
        services.AddSingleton<IContentChangeListener>(provider => provider.GetRequiredService<SearchIndexWorker>());
        services.AddOptions<MediaOptions>().Bind(configuration.GetSection(MediaOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MediaOptions>, SharedMediaSettingsValidation>();
        services.AddSingleton<ImageUrlSigner>();
        services.AddSingleton<MediaFileInspector>();
        services.AddSingleton<LocalMediaStorage>();
        services.AddSingleton<IMediaStorage>(provider => provider.GetRequiredService<LocalMediaStorage>());
        services.AddSingleton<ProcessedImageCache>();
        services.AddSingleton<ImageProcessingGate>();
        services.AddSingleton<MediaLibrary>();
        services.AddSingleton<MediaQueries>();
        services.AddSingleton<USyncImporter>();
        services.AddSingleton<ExportQueries>();
        services.AddSingleton<USyncExporter>();
        services.AddSingleton<LegacyArticleImporter>();
        services.AddSingleton<DemoContentSeeder>();
        services.AddOptions<ContentCheckOptions>().Bind(configuration.GetSection(ContentCheckOptions.SectionName));
        services.AddOptions<ReadabilityOptions>().Bind(configuration.GetSection(ReadabilityOptions.SectionName));
        services.AddSingleton<WritingChecks>();
        services.AddSingleton<ReadabilityMeter>();
        services.AddSingleton<ContentChecker>();
        services.AddSingleton<CheckedTexts>();
        services.AddSingleton<SiteContentChecks>();
        services.AddSingleton<CheckReportStore>();
        services.AddHostedService<CheckReportWorker>();
        services.AddOptions<LinkCheckOptions>().Bind(configuration.GetSection(LinkCheckOptions.SectionName));
        services.AddSingleton<LinkProbe>();
        services.AddSingleton<ExternalLinkResults>();
        services.AddSingleton<ExternalLinkChecks>();
        services.AddSingleton<ExternalLinkWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<ExternalLinkWorker>());
        services.AddSingleton<IContentChangeListener>(provider => provider.GetRequiredService<ExternalLinkWorker>());
        return services;
    }

    /// <summary>Adds the uSync language files to configuration (see <see cref="USyncLanguagesConfigurationSource"/>).</summary>
    public static IConfigurationBuilder AddUSyncLanguages(this IConfigurationBuilder builder, string uSyncFolder) =>
        builder.Add(new USyncLanguagesConfigurationSource(Path.Combine(uSyncFolder, USyncFolders.Languages)));
}
