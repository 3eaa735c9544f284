namespace OmbudsmanSite.Web.Monitoring;

/// <summary>What <c>/health/ready</c> holds a node to (<c>Site:Health</c>).</summary>
public sealed class HealthOptions
{
    public const string SectionName = "Site:Health";

    /// <summary>Journal rows a node may be behind before it is not ready (it is catching up).</summary>
    public long MaxJournalLag { get; set; } = 1000;

    /// <summary>Free space the data folder's disk must keep (the index, logs, the image cache, SQLite).</summary>
    public long MinFreeDiskBytes { get; set; } = 1L << 30;
}
