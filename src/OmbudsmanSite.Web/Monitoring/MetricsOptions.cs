namespace OmbudsmanSite.Web.Monitoring;

/// <summary>"Site:Metrics": the Prometheus scrape endpoint and who may read it.</summary>
public sealed class MetricsOptions
{
    public const string SectionName = "Site:Metrics";

    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Networks (CIDR) whose clients may read <c>/metrics</c>; anyone else gets the site's 404. The
    /// client is the one the proxy names when it is a known proxy (Site:ForwardedHeaders). Empty:
    /// <see cref="DefaultAllowedNetworks"/> (this machine only). Configuration appends to a non-empty
    /// default array instead of replacing it, hence the empty default.
    /// </summary>
    public string[] AllowedNetworks { get; set; } = [];

    public static IReadOnlyList<string> DefaultAllowedNetworks { get; } = ["127.0.0.0/8", "::1/128"];
}
