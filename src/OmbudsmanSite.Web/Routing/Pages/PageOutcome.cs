namespace OmbudsmanSite.Web.Routing.Pages;

/// <summary>What a route resolves to.</summary>
public enum PageOutcome
{
    /// <summary>A page to show (200).</summary>
    Found,

    /// <summary>The content lives at another address: 301 for an old address, a plain redirect for a page past a list's end.</summary>
    Moved,

    /// <summary>The item was deleted (410), with a page that says so.</summary>
    Gone,

    /// <summary>No such page (404).</summary>
    NotFound,
}
