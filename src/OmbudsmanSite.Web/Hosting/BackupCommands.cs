using System.Globalization;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Web.Hosting;

/// <summary>
/// <c>backup &lt;folder&gt;</c> (the database and the media files, while the site runs) and
/// <c>restore &lt;folder&gt;</c> (every node stopped): see <see cref="SiteBackup"/> and docs/operations.md.
/// </summary>
public static class BackupCommands
{
    public const string Backup = "backup";
    public const string Restore = "restore";

    public static Task<int> BackupAsync(WebApplication app, string[] args) =>
        RunAsync(args, Backup, folder => app.Services.GetRequiredService<SiteBackup>().BackupAsync(folder), "Backed up");

    public static Task<int> RestoreAsync(WebApplication app, string[] args) =>
        RunAsync(args, Restore, folder => app.Services.GetRequiredService<SiteBackup>().RestoreAsync(folder), "Restored");

    private static async Task<int> RunAsync(string[] args, string command, Func<string, Task<BackupManifest>> run, string done)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length != 2 || args[1].StartsWith("--", StringComparison.Ordinal))
        {
            await Console.Error.WriteLineAsync($"Usage: {command} <folder>");
            return 2;
        }

        try
        {
            var manifest = await run(args[1]);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{done} {Path.GetFullPath(args[1])}: the {manifest.Provider} database of {manifest.CreatedUtc:u} ({manifest.DatabaseFile}, SHA-256 {manifest.DatabaseSha256[..12]}…) and {manifest.MediaFiles:N0} media files ({manifest.MediaBytes:N0} bytes)."));
            return 0;
        }
        catch (BackupException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message);
            return 1;
        }
    }
}
