using Serilog;

namespace OmbudsmanSite.Web.Hosting;

/// <summary>"Site:FileLog": the rolling log file, written to {Site:DataPath}/logs so instances never share one.</summary>
public sealed class FileLogOptions
{
    public const string SectionName = "Site:FileLog";

    public bool Enabled { get; set; } = true;

    public RollingInterval RollingInterval { get; set; } = RollingInterval.Day;

    public int RetainedFileCountLimit { get; set; } = 31;

    public long FileSizeLimitBytes { get; set; } = 100 * 1024 * 1024;
}
