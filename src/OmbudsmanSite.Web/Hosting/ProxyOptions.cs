namespace OmbudsmanSite.Web.Hosting;

/// <summary>
/// The reverse proxies in front of the site (<c>Site:ForwardedHeaders</c>). Their <c>X-Forwarded-For</c>,
/// <c>-Proto</c> and <c>-Host</c> are believed; anyone else's are ignored, so a client cannot claim
/// another address (and slip its rate limit) or another scheme or host (and write links with it).
/// Empty by default: the site then trusts no forwarded header, not even from loopback.
/// </summary>
public sealed class ProxyOptions
{
    public const string SectionName = "Site:ForwardedHeaders";

    /// <summary>Proxies' addresses, such as <c>10.0.0.5</c>.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Proxies' networks in CIDR form, such as <c>10.0.0.0/24</c>.</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>How many proxies a request passes through (the forwarded values read from the right).</summary>
    public int ForwardLimit { get; set; } = 1;
}
