using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Editorial;

/// <summary>
/// Reads the change journal in sequence order, at once when a write here nudges it and at least every
/// <see cref="EditorialOptions.JournalPollInterval"/> for writes by other processes, and tells the
/// published cache, the search index and the output cache (<see cref="IContentChangeNotifier"/>)
/// when public content changed. The caches are built empty at start and the index compares itself
/// with the database at start, so a change committed just before a crash is caught up on restart.
/// </summary>
public sealed class ContentJournalWorker(
    IDbContextFactory<SiteDbContext> contexts,
    ContentJournal journal,
    IContentChangeNotifier notifier,
    JournalPosition position,
    IOptions<EditorialOptions> options,
    ILogger<ContentJournalWorker> logger) : BackgroundService
{
    private const int BatchSize = 1000;
    private long _newest;

    /// <summary>The last sequence number this node has applied (-1 before the first read).</summary>
    public long AppliedSequence => position.Applied;

    /// <summary>Journal rows written (by any node) that this node had not applied when it last looked.</summary>
    public long Lag => Math.Max(0, Interlocked.Read(ref _newest) - Math.Max(0, AppliedSequence));

    /// <summary>Reads what is new and notifies; returns the number of journal rows read.</summary>
    public async Task<int> CatchUpAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (AppliedSequence < 0)
        {
            // Start: from here on every change is read. What came before is in the database the index
            // compares itself with; the caches are told once, for anything they loaded before this.
            position.MoveTo(await db.NewestJournalSequenceAsync(cancellationToken));
            await notifier.ContentChangedAsync(null, cancellationToken);
            return 0;
        }

        Interlocked.Exchange(ref _newest, await db.NewestJournalSequenceAsync(cancellationToken));
        var read = 0;
        while (true)
        {
            var after = AppliedSequence;
            var changes = await db.ContentChanges.AsNoTracking().Where(c => c.Sequence > after).OrderBy(c => c.Sequence).Take(BatchSize)
                .Select(c => new { c.Sequence, c.Kind, c.DocumentId }).ToListAsync(cancellationToken);
            if (changes.Count == 0)
            {
                return read;
            }

            var published = changes.Where(c => c.Kind == ContentChangeKind.Published).ToList();
            if (published.Count > 0)
            {
                // A row without an item (a media file changed) may concern any item.
                await notifier.ContentChangedAsync(published.Any(c => c.DocumentId is null) ? null : [.. published.Select(c => c.DocumentId!.Value).Distinct()], cancellationToken);
            }

            position.MoveTo(changes[^1].Sequence);
            read += changes.Count;
        }
    }

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await CatchUpAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await CatchUpAsync(stoppingToken);
                await journal.WaitAsync(options.Value.JournalPollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // The next poll retries from the last applied sequence number.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                logger.LogError(exception, "The change journal could not be read");
                await Task.Delay(options.Value.JournalPollInterval, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }
}
