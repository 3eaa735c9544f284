namespace OmbudsmanSite.Web.Monitoring;

/// <summary>The checks' names (as the JSON reports them) and the tag that puts a check in readiness.</summary>
public static class HealthCheckNames
{
    public const string Ready = "ready";
    public const string Process = "process";
    public const string Database = "database";
    public const string SearchIndex = "searchIndex";
    public const string Journal = "journal";
    public const string MediaStorage = "mediaStorage";
    public const string Disk = "disk";
}
