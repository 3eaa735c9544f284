using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using OmbudsmanSite.Infrastructure.Editorial;

namespace OmbudsmanSite.Infrastructure.Persistence.PostgreSql;

/// <summary>
/// On PostgreSQL, wakes this node's journal reader the moment any node (or a command such as
/// import-usync) commits journal rows: a trigger on the journal table NOTIFYs <see cref="Channel"/>
/// on commit (migration JournalNotify), and this service LISTENs on a connection of its own. What
/// changed is still read from the journal, so a notification lost while reconnecting costs one poll.
/// </summary>
public sealed class JournalNotifications(IOptions<DatabaseOptions> options, ContentJournal journal, ILogger<JournalNotifications> logger) : BackgroundService
{
    public const string Channel = "ombudsman_journal";

    // A listening connection that has heard nothing this long is checked, so a dead one is replaced.
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Reconnect = TimeSpan.FromSeconds(2);

    /// <summary>Notifications heard (for tests and the log).</summary>
    public long Heard => Interlocked.Read(ref _heard);

    private long _heard;
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the first LISTEN is in place.</summary>
    public Task Listening => _listening.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Provider != DatabaseProvider.PostgreSql || !options.Value.ListenForChanges)
        {
            return;
        }

        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // The journal's poll covers the gap; the listener reconnects.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                logger.LogWarning(exception, "Lost the journal notifications; the journal is polled until they are back");
                await Task.Delay(Reconnect, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        // Keepalive off the pool: this session lives as long as the node, and LISTEN belongs to it.
        var builder = new NpgsqlConnectionStringBuilder(options.Value.ConnectionString) { Pooling = false, KeepAlive = 15 };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        connection.Notification += (_, _) =>
        {
            Interlocked.Increment(ref _heard);
            journal.Nudge();
        };
        await connection.OpenAsync(stoppingToken);
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        journal.Nudge(); // anything committed while not listening
        _listening.TrySetResult();
        while (!stoppingToken.IsCancellationRequested)
        {
            if (!await connection.WaitAsync(Idle, stoppingToken))
            {
                await using var ping = new NpgsqlCommand("SELECT 1", connection);
                await ping.ExecuteScalarAsync(stoppingToken);
            }
        }
    }
}
