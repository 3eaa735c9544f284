using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Infrastructure.Media;

namespace OmbudsmanSite.Infrastructure.Persistence;

/// <summary>
/// A backup of what a site cannot rebuild: the database and the media files (the search index, image
/// cache and output caches are rebuilt from them). SQLite is copied with SQLite's online backup (a
/// consistent snapshot while the site runs); PostgreSQL with <c>pg_dump</c> in its custom format.
/// A restore puts both back; on SQLite, and with several nodes, stop every node first.
/// </summary>
public sealed class SiteBackup(IOptions<DatabaseOptions> database, IOptions<SiteOptions> site, LocalMediaStorage media, SiteClock clock)
{
    public const string ManifestFile = "backup.json";
    public const string SqliteFile = "database.sqlite";
    public const string PostgreSqlFile = "database.pgdump";
    public const string MediaFolder = "media";
    private const int Format = 1;

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public async Task<BackupManifest> BackupAsync(string folder, CancellationToken cancellationToken = default)
    {
        folder = Path.GetFullPath(folder);
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            throw new BackupException($"'{folder}' is not empty: back up into a new folder.");
        }

        Directory.CreateDirectory(folder);
        var provider = database.Value.Provider;
        var file = Path.Combine(folder, provider == DatabaseProvider.Sqlite ? SqliteFile : PostgreSqlFile);
        if (provider == DatabaseProvider.Sqlite)
        {
            await using var source = new SqliteConnection(SiteDbContextFactory.SqliteConnectionString(database.Value, site.Value));
            await using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
            await source.OpenAsync(cancellationToken);
            await target.OpenAsync(cancellationToken);
            source.BackupDatabase(target);
        }
        else
        {
            await RunPostgreSqlToolAsync("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", "--file", file], cancellationToken);
        }

        var (files, bytes) = CopyTree(media.Root, Path.Combine(folder, MediaFolder));
        var manifest = new BackupManifest(Format, provider.ToString(), clock.UtcNow, Path.GetFileName(file), await Sha256Async(file, cancellationToken), files, bytes);
        await File.WriteAllTextAsync(Path.Combine(folder, ManifestFile), JsonSerializer.Serialize(manifest, Json), cancellationToken);
        return manifest;
    }

    public async Task<BackupManifest> RestoreAsync(string folder, CancellationToken cancellationToken = default)
    {
        folder = Path.GetFullPath(folder);
        var manifestPath = Path.Combine(folder, ManifestFile);
        if (!File.Exists(manifestPath))
        {
            throw new BackupException($"'{folder}' holds no {ManifestFile}: it is not a backup of this site.");
        }

        var manifest = JsonSerializer.Deserialize<BackupManifest>(await File.ReadAllTextAsync(manifestPath, cancellationToken), Json)
            ?? throw new BackupException($"{ManifestFile} is empty.");
        var provider = database.Value.Provider;
        if (manifest.Format != Format || manifest.Provider != provider.ToString())
        {
            throw new BackupException($"The backup is of a {manifest.Provider} database (format {manifest.Format}); this site uses {provider} (format {Format}).");
        }

        var file = Path.Combine(folder, manifest.DatabaseFile);
        if (!File.Exists(file) || await Sha256Async(file, cancellationToken) != manifest.DatabaseSha256)
        {
            throw new BackupException($"{manifest.DatabaseFile} is missing or not the file the backup wrote (its SHA-256 differs): nothing was restored.");
        }

        if (provider == DatabaseProvider.Sqlite)
        {
            await using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            await using var target = new SqliteConnection(SiteDbContextFactory.SqliteConnectionString(database.Value, site.Value));
            await source.OpenAsync(cancellationToken);
            await target.OpenAsync(cancellationToken);
            source.BackupDatabase(target); // page by page over whatever the target held
            SqliteConnection.ClearAllPools();
        }
        else
        {
            await RunPostgreSqlToolAsync("pg_restore", ["--clean", "--if-exists", "--no-owner", "--no-privileges", "--single-transaction", file], cancellationToken);
            NpgsqlConnection.ClearAllPools();
        }

        if (Directory.Exists(media.Root))
        {
            Directory.Delete(media.Root, recursive: true);
        }

        CopyTree(Path.Combine(folder, MediaFolder), media.Root);
        return manifest;
    }

    private async Task RunPostgreSqlToolAsync(string tool, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnectionStringBuilder(database.Value.ConnectionString);
        var start = new ProcessStartInfo(FindPostgreSqlTool(tool)) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add(tool == "pg_dump" ? connection.Database! : $"--dbname={connection.Database}");
        start.Environment["PGHOST"] = connection.Host;
        start.Environment["PGPORT"] = connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = connection.Username;
        start.Environment["PGPASSWORD"] = connection.Password; // the environment, never the command line another user can read
        using var process = Process.Start(start) ?? throw new BackupException($"{tool} could not be started.");
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        _ = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new BackupException($"{tool} failed ({process.ExitCode}): {(await error).Trim()}");
        }
    }

    /// <summary>On PATH, or in Debian's versioned folder (the newest version first).</summary>
    private static string FindPostgreSqlTool(string tool)
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, tool)).FirstOrDefault(File.Exists);
        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => d, StringComparer.Ordinal).Select(d => Path.Combine(d, "bin", tool)).FirstOrDefault(File.Exists)
            : null;
        return debian ?? onPath ?? throw new BackupException($"{tool} was not found: install Debian's postgresql-client.");
    }

    /// <summary>Copies every file of the media folder but the health probe's and half-written ones.</summary>
    private static (int Files, long Bytes) CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        if (!Directory.Exists(from))
        {
            return (0, 0);
        }

        var files = 0;
        long bytes = 0;
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.StartsWith(LocalMediaStorage.HealthProbeFolder, StringComparison.Ordinal) || file.EndsWith(LocalMediaStorage.TemporarySuffix, StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
            files++;
            bytes += new FileInfo(target).Length;
        }

        return (files, bytes);
    }

    private static async Task<string> Sha256Async(string file, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(file);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }
}
