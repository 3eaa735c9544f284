using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>
/// One editorial write: a context and a transaction, the acting user and the time, and the audit and
/// journal rows it adds. Everything is committed together or not at all, so a crash leaves either the
/// whole operation (item, version, audit row, journal row) or none of it.
/// </summary>
internal sealed class EditorialSession : IAsyncDisposable
{
    // Journal rows are appended under this lock on PostgreSQL, so sequence numbers become visible in
    // commit order and a reader that has seen N has seen everything below N.
    private const long JournalLockKey = 0x4F4D4255_4A524E4C;

    private readonly IDbContextTransaction _transaction;
    private readonly List<ContentChange> _changes = [];
    private readonly List<Action> _afterCommit = [];
    private readonly HashSet<ItemAddress> _addresses = [];

    private EditorialSession(SiteDbContext db, IDbContextTransaction transaction, ActingUser user, DateTime nowUtc, string defaultCulture)
    {
        Db = db;
        DefaultCulture = defaultCulture;
        _transaction = transaction;
        User = user;
        NowUtc = nowUtc;
    }

    public SiteDbContext Db { get; }

    public ActingUser User { get; }

    public DateTime NowUtc { get; }

    /// <summary>The culture translations are made from (their out-of-date marks follow it).</summary>
    public string DefaultCulture { get; }

    public bool WroteJournal => _changes.Count > 0;

    public static async Task<EditorialSession> BeginAsync(IDbContextFactory<SiteDbContext> contexts, ActingUser user, DateTime nowUtc, string defaultCulture, CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken);
        try
        {
            // SQLite: BEGIN IMMEDIATE (the provider's default), so writers queue instead of failing to upgrade a read lock.
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            return new EditorialSession(db, transaction, user, nowUtc, defaultCulture);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    public void Audit(AuditAction action, Guid? documentId, IEnumerable<string> cultures, int? version, string? detail = null) =>
        Db.AuditEntries.Add(new AuditEntry(NowUtc, User, action, documentId, cultures, version, detail));

    /// <summary>Runs <paramref name="action"/> once the operation is committed (never when it is not): wakes a worker for what it wrote.</summary>
    public void AfterCommit(Action action) => _afterCommit.Add(action);

    public void Journal(Guid? documentId, IEnumerable<string> cultures, ContentChangeKind kind) =>
        _changes.Add(new ContentChange(documentId, cultures, kind, NowUtc));

    /// <summary>Notes addresses whose public answer may change (a redirect added or removed, an item binned, restored or purged).</summary>
    public void AddressesChanged(IEnumerable<ItemAddress> addresses) => _addresses.UnionWith(addresses);

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (_changes.Count > 0)
        {
            // Which media the touched items use follows from what they now hold, so the operation's
            // rows are saved before it is read.
            var documents = _changes.Where(c => c.DocumentId is not null).Select(c => c.DocumentId!.Value).Distinct().ToList();
            if (documents.Count > 0 || _addresses.Count > 0)
            {
                await Db.SaveChangesAsync(cancellationToken);
                await MediaUseIndex.RefreshAsync(Db, documents, cancellationToken);
                await RetiredAddressProjection.RefreshAsync(Db, _addresses, cancellationToken);
            }

            if (Db.Database.IsNpgsql())
            {
                // The operation's own rows first: taking the lock before them would hold it while they
                // wait on another writer's row (a slug it claims), which then waits on the lock.
                await Db.SaveChangesAsync(cancellationToken);
                await Db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({JournalLockKey})", cancellationToken);
            }

            Db.ContentChanges.AddRange(_changes);
        }

        await Db.SaveChangesAsync(cancellationToken);

        await _transaction.CommitAsync(cancellationToken);
        foreach (var action in _afterCommit)
        {
            action();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await Db.DisposeAsync();
    }
}
