namespace OmbudsmanSite.Web.Components.Site;

public enum SiteView
{
    NotFound,
    Home,
    Section,
    Item,
    Search,
}
