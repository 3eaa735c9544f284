using OmbudsmanSite.Core.Security;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Media;
using OmbudsmanSite.Core.Taxonomy;
using OmbudsmanSite.Infrastructure.Identity;

namespace OmbudsmanSite.Infrastructure.Persistence;

/// <summary>
/// The one model. Each provider has a subclass (<see cref="Sqlite.SqliteSiteDbContext"/>,
/// <see cref="PostgreSql.PostgreSqlSiteDbContext"/>) only so that each keeps its own migrations:
/// the EF Core "multiple providers, multiple context types" pattern. Backoffice accounts (ASP.NET Core
/// Identity) and the data-protection keys every web node shares live in the same database.
/// </summary>
public abstract class SiteDbContext(DbContextOptions options) : IdentityDbContext<BackofficeUser, BackofficeRole, string>(options), IDataProtectionKeyContext
{
    // Written only by the editorial services (Infrastructure/Editorial); an architecture test holds
    // every other type to the read-only queries below.
    public DbSet<ContentItem> ContentItems => Set<ContentItem>();

    public DbSet<ContentVariant> ContentVariants => Set<ContentVariant>();

    public DbSet<RetiredAddress> RetiredAddresses => Set<RetiredAddress>();

    public DbSet<Document> Documents => Set<Document>();

    public DbSet<DocumentCulture> DocumentCultures => Set<DocumentCulture>();
    public DbSet<DocumentTitleWord> DocumentTitleWords => Set<DocumentTitleWord>();

    public DbSet<DocumentVersion> DocumentVersions => Set<DocumentVersion>();

    public DbSet<ContentSchedule> ContentSchedules => Set<ContentSchedule>();

    public DbSet<Redirect> Redirects => Set<Redirect>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<ContentChange> ContentChanges => Set<ContentChange>();

    public DbSet<EditorAutosave> EditorAutosaves => Set<EditorAutosave>();

    public DbSet<ReviewRequest> ReviewRequests => Set<ReviewRequest>();

    public DbSet<EditorPresence> EditorPresences => Set<EditorPresence>();

    /// <summary>The published items, untracked: what readers use.</summary>
    public IQueryable<ContentItem> PublishedItems => Set<ContentItem>().AsNoTracking();

    public IQueryable<ContentVariant> PublishedVariants => Set<ContentVariant>().AsNoTracking();

    /// <summary>The public side's old and deleted addresses, read-only (the editorial services write them).</summary>
    public IQueryable<RetiredAddress> PublishedRetiredAddresses => Set<RetiredAddress>().AsNoTracking();

    /// <summary>The change journal, read-only: for the sync feed, which never writes it.</summary>
    public IQueryable<ContentChange> JournalEntries => Set<ContentChange>().AsNoTracking();

    /// <summary>The sequence number of the journal's newest row, 0 when it is empty.</summary>
    public async Task<long> NewestJournalSequenceAsync(CancellationToken cancellationToken = default) =>
        await JournalEntries.MaxAsync(c => (long?)c.Sequence, cancellationToken) ?? 0;

    public DbSet<TaxonomyItem> TaxonomyItems => Set<TaxonomyItem>();

    public DbSet<DocumentTypeDefinition> DocumentTypes => Set<DocumentTypeDefinition>();

    /// <summary>Topics, organisations and people, read-only (the editorial services write them).</summary>
    public IQueryable<TaxonomyItem> TaxonomyTerms => Set<TaxonomyItem>().AsNoTracking();

    /// <summary>The document types' definitions, read-only (the editorial services write them).</summary>
    public IQueryable<DocumentTypeDefinition> DocumentTypeDefinitions => Set<DocumentTypeDefinition>().AsNoTracking();

    public DbSet<SyncRecord> SyncRecords => Set<SyncRecord>();

    public DbSet<MediaItem> MediaItems => Set<MediaItem>();

    public DbSet<MediaFolder> MediaFolders => Set<MediaFolder>();

    public DbSet<MediaText> MediaTexts => Set<MediaText>();

    public DbSet<MediaUse> MediaUses => Set<MediaUse>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<BackofficeSession> BackofficeSessions => Set<BackofficeSession>();

    public DbSet<Mail.OutgoingMail> OutgoingMails => Set<Mail.OutgoingMail>();

    public DbSet<Background.RecurringJobRun> RecurringJobRuns => Set<Background.RecurringJobRun>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<Checks.ExternalLink> ExternalLinks => Set<Checks.ExternalLink>();

    /// <summary>Written by the editorial services only (a significant publish).</summary>
    public DbSet<ChangeNote> ChangeNotes => Set<ChangeNote>();

    /// <summary>The change notes as the public site reads them: untracked.</summary>
    public IQueryable<ChangeNote> PublishedChangeNotes => Set<ChangeNote>().AsNoTracking();

    public DbSet<Checks.StoredItemCheck> ItemChecks => Set<Checks.StoredItemCheck>();

    public DbSet<Checks.StoredCheckFinding> ItemCheckFindings => Set<Checks.StoredCheckFinding>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<LocalizedText>().HaveConversion<LocalizedTextConverter, LocalizedTextComparer>();
        configurationBuilder.Properties<List<string>>().HaveConversion<StringListConverter, StringListComparer>();
        configurationBuilder.Properties<DocumentType>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<MeetingFormat>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ReportKind>().HaveConversion<string>().HaveMaxLength(48);
        configurationBuilder.Properties<TaxonomyKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<MediaFileKind>().HaveConversion<string>().HaveMaxLength(16);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(SiteDbContext).Assembly);
    }
}
