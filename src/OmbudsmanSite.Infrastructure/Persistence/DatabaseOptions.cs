namespace OmbudsmanSite.Infrastructure.Persistence;

/// <summary>The "Database" section of configuration.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// Required for PostgreSQL. For SQLite it may be left empty: the file is then
    /// "{Site:DataPath}/ombudsman.db".
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Apply pending migrations on start. Several PostgreSQL nodes may all keep it on: they migrate one at a time (StartupLock).</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>On PostgreSQL, LISTEN for the journal's NOTIFY and read it at once (off: only the poll; for comparison).</summary>
    public bool ListenForChanges { get; set; } = true;
}
