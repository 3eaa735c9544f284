namespace OmbudsmanSite.Web.Discovery;

/// <summary>"Site:Sitemap": how the sitemap is split.</summary>
public sealed class SitemapOptions
{
    public const string SectionName = "Site:Sitemap";

    /// <summary>The protocol's limit per file.</summary>
    public const int ProtocolMaxUrls = 50_000;

    /// <summary>URLs per sitemap file (at most the protocol's 50,000); <c>/sitemap.xml</c> is the index of the files.</summary>
    public int MaxUrlsPerFile { get; set; } = ProtocolMaxUrls;
}
