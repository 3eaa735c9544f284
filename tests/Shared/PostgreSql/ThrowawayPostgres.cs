using Npgsql;

namespace OmbudsmanSite.Tests.Shared;

/// <summary>
/// A throw-away PostgreSQL cluster from Debian's postgresql package: initdb into a temp folder,
/// started on a free loopback port, removed afterwards. As root, the server runs as the
/// postgres user (PostgreSQL refuses to run as root). Linked into the projects that need one (the
/// PostgreSQL tests and the editorial benchmark).
/// </summary>
internal sealed class ThrowawayPostgres
{
    private string _folder = "";
    private string _binaries = "";

    public int Port { get; private set; }

    public async Task StartAsync()
    {
        _binaries = FindBinaries();
        _folder = Directory.CreateTempSubdirectory("ombudsman-pg-").FullName;
        if (IsRoot)
        {
            await TestEnvironment.RunAsync("chown", ["-R", "postgres:postgres", _folder]);
        }

        var data = Path.Combine(_folder, "data");
        await TestEnvironment.RunAsync(Path.Combine(_binaries, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8"], PostgresUser);
        for (var attempt = 1; ; attempt++)
        {
            Port = TestEnvironment.FreeLoopbackPort();
            try
            {
                await TestEnvironment.RunAsync(Path.Combine(_binaries, "pg_ctl"),
                    ["-D", data, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60", "-o", $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off", "start"], PostgresUser);
                return;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                // Another process took the port between our probe and the server's bind: try another.
            }
        }
    }

    public async Task StopAsync()
    {
        if (_folder.Length == 0)
        {
            return;
        }

        try
        {
            await TestEnvironment.RunAsync(Path.Combine(_binaries, "pg_ctl"), ["-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop"], PostgresUser);
        }
        finally
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Include Error Detail=true";

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "test_" + Guid.NewGuid().ToString("N");
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    private static bool IsRoot => Environment.UserName == "root";

    // PostgreSQL refuses to run as root.
    private static string? PostgresUser => IsRoot ? "postgres" : null;

    private static string FindBinaries()
    {
        const string root = "/usr/lib/postgresql";
        var folder = Directory.Exists(root)
            ? Directory.GetDirectories(root).Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderByDescending(d => d, StringComparer.Ordinal).FirstOrDefault()
            : null;
        return folder ?? throw new InvalidOperationException(
            "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb). Run the README's test command, which installs Debian's postgresql package.");
    }
}
