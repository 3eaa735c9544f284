namespace OmbudsmanSite.Core.Routing;

/// <summary>What a public address names.</summary>
public enum SiteRouteKind
{
    /// <summary><c>/{culture}</c>.</summary>
    Home,

    /// <summary><c>/{culture}/{section}</c>: a paged, filtered list.</summary>
    Section,

    /// <summary><c>/{culture}/{search}</c>.</summary>
    Search,

    /// <summary><c>/{culture}/{section}/{slug}</c>: a news article, meeting or report.</summary>
    Item,

    /// <summary><c>/{culture}/{slug}</c>: a generic page.</summary>
    Page,
}
