namespace OmbudsmanSite.Infrastructure.Persistence;

/// <summary>What the uSync import last took from one file, so an unchanged file is skipped.</summary>
public sealed class SyncRecord
{
    /// <summary>Path relative to the uSync folder, with forward slashes.</summary>
    public string Path { get; set; } = "";

    public string Hash { get; set; } = "";

    public DateTime ImportedUtc { get; set; }
}
