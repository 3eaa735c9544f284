namespace OmbudsmanSite.Infrastructure.Persistence;

/// <summary>What a backup folder holds (<c>backup.json</c>): checked before anything is restored.</summary>
public sealed record BackupManifest(int Format, string Provider, DateTime CreatedUtc, string DatabaseFile, string DatabaseSha256, int MediaFiles, long MediaBytes);
