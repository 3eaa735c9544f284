using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace OmbudsmanSite.Infrastructure.Persistence;

/// <summary>
/// Start-up work that must not run on two nodes at once (migrations, the uSync import) runs under a
/// PostgreSQL session advisory lock, so every node can keep the same settings and start together: the
/// first migrates and imports, the others wait, then find nothing left to do. The lock goes with its
/// connection, so a node that dies holding it frees it. SQLite is one node's file: no lock.
/// </summary>
public sealed class StartupLock(IOptions<DatabaseOptions> options, ILogger<StartupLock> logger)
{
    /// <summary>The lock's key: any number the site's database uses for nothing else ("ombudsman" in ASCII).</summary>
    public const long Key = 0x6f6d_6275_6473_6d61;

    public async Task<IAsyncDisposable> AcquireAsync(CancellationToken cancellationToken = default)
    {
        if (options.Value.Provider != DatabaseProvider.PostgreSql)
        {
            return Held.None;
        }

        var connection = new NpgsqlConnection(options.Value.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using (var tryLock = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection))
            {
                tryLock.Parameters.AddWithValue("key", Key);
                if (await tryLock.ExecuteScalarAsync(cancellationToken) is not true)
                {
                    logger.LogInformation("Another node is migrating or importing; waiting for it");
                    await using var wait = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection) { CommandTimeout = 0 };
                    wait.Parameters.AddWithValue("key", Key);
                    await wait.ExecuteNonQueryAsync(cancellationToken);
                }
            }

            return new Held(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private sealed class Held(NpgsqlConnection? connection) : IAsyncDisposable
    {
        public static readonly Held None = new(null);

        public async ValueTask DisposeAsync()
        {
            if (connection is null)
            {
                return;
            }

            // Closing the session releases its advisory locks; the pool would keep the session, so unlock first.
            await using (var unlock = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection))
            {
                unlock.Parameters.AddWithValue("key", Key);
                await unlock.ExecuteNonQueryAsync();
            }

            await connection.DisposeAsync();
        }
    }
}
