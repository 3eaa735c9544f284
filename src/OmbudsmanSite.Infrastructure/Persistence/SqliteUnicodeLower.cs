using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OmbudsmanSite.Infrastructure.Persistence;

/// <summary>
/// SQLite's own <c>lower()</c> folds ASCII only, so "Шеки" and "ŞƏKİ" would not match what was typed
/// in lower case. Each connection gets a <c>lower()</c> that folds every script, as PostgreSQL's does,
/// so the same SQL (the backoffice search's LIKE) behaves alike on both providers.
/// </summary>
internal sealed class SqliteUnicodeLower : DbConnectionInterceptor
{
    public static SqliteUnicodeLower Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Register(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Register(connection);
        return Task.CompletedTask;
    }

    private static void Register(DbConnection connection)
    {
        if (connection is SqliteConnection sqlite)
        {
            sqlite.CreateFunction("lower", (string? text) => text?.ToLower(CultureInfo.InvariantCulture), isDeterministic: true);
        }
    }
}
