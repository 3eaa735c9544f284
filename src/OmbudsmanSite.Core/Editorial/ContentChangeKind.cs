namespace OmbudsmanSite.Core.Editorial;

public enum ContentChangeKind
{
    /// <summary>Only the working copy changed: the public site is unaffected, the backoffice may care.</summary>
    Draft,

    /// <summary>What the public sees changed: pages, lists, feeds, sitemap and search must follow.</summary>
    Published,
}
