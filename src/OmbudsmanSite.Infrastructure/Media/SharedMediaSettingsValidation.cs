using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Infrastructure.Persistence;

namespace OmbudsmanSite.Infrastructure.Media;

/// <summary>
/// On PostgreSQL the site is meant to run on several nodes, and two media settings that are harmless
/// on one node break the others: a random signing key per process makes a derivative URL signed on
/// one node fail on the next, and a media folder inside the data folder (which holds each node's own
/// index and caches) gives each node its own files. The site refuses to start with either.
/// </summary>
public sealed class SharedMediaSettingsValidation(IOptions<DatabaseOptions> database, IOptions<SiteOptions> site) : IValidateOptions<MediaOptions>
{
    public ValidateOptionsResult Validate(string? name, MediaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (database.Value.Provider != DatabaseProvider.PostgreSql)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.SigningKey))
        {
            failures.Add($"{MediaOptions.SectionName}:SigningKey is required on PostgreSQL: every node must sign image URLs with the same key " +
                "(at least 32 random bytes, base64; for example `openssl rand -base64 32`), or a URL signed on one node fails on another.");
        }

        var dataPath = Path.TrimEndingDirectorySeparator(site.Value.ResolveDataPath());
        var storagePath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.StoragePath, dataPath));
        if (storagePath == dataPath || storagePath.StartsWith(dataPath + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            failures.Add($"{MediaOptions.SectionName}:StoragePath ({storagePath}) lies inside {SiteOptions.SectionName}:DataPath ({dataPath}), which is each node's own. " +
                "On PostgreSQL set it to a folder every node shares (an absolute path on shared storage).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
