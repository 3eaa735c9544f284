namespace OmbudsmanSite.Core.Checks;

/// <summary>The "ContentChecks:Links" section: how external links in published content are checked.</summary>
public sealed class LinkCheckOptions
{
    public const string SectionName = "ContentChecks:Links";

    /// <summary>Off: no request leaves the site, and no link finding appears.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>A link with no answer within this long (the whole redirect chain) is unreachable.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>An answer slower than this is a warning.</summary>
    public TimeSpan SlowAfter { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>From this many redirects a link is a warning.</summary>
    public int WarningRedirects { get; set; } = 2;

    /// <summary>From this many redirects a link is an error (the chain is not followed further).</summary>
    public int ErrorRedirects { get; set; } = 8;

    /// <summary>A result stands this long; then the link is checked again.</summary>
    public TimeSpan ResultLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often a node looks for links due a check (new ones are looked at as soon as their item is published).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A link no published text has named for this long is forgotten.</summary>
    public TimeSpan ForgetAfter { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Links of one host a node checks in one claim, one after another.</summary>
    public int LinksPerClaim { get; set; } = 20;

    /// <summary>Hosts a node checks at once (each host only ever one request at a time, across all nodes).</summary>
    public int ParallelHosts { get; set; } = 4;

    /// <summary>
    /// Off (the default): a link to this machine or a private network is reported unreachable without a
    /// request, so an editor's link cannot make the site probe its own network. Tests turn it on for
    /// their loopback servers.
    /// </summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>How the checker names itself to the sites it asks.</summary>
    public string UserAgent { get; set; } = "OmbudsmanSite-LinkChecker/1.0 (+https://ombudsman.az)";
}
