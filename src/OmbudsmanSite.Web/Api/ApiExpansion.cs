namespace OmbudsmanSite.Web.Api;

/// <summary>What <c>expand=</c> can add to an item: objects for what it only names by default.</summary>
public enum ApiExpansion
{
    /// <summary>The lead image (<c>image</c>) and, for a report, its files (<c>report.fileMedia</c>), as media objects.</summary>
    Media,

    /// <summary>A meeting's people and their organisations, with their names in every language.</summary>
    Participants,

    /// <summary>The published items that share the most topics, organisations or people (<c>related</c>), as the page lists them.</summary>
    Related,

    /// <summary>The topics and organisations, with their names in every language.</summary>
    Taxonomy,
}
