namespace OmbudsmanSite.Web.Components.Site;

public enum SiteView
{
    NotFound,
    Home,
    Section,
    Item,
    Search,

    /// <summary>A deleted item's old address: 410 in the page's language.</summary>
    Gone,

    /// <summary>An old address of a live item: 301 to its address now, no body.</summary>
    Moved,
}
