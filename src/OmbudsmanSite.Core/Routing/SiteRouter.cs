using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Localization;

namespace OmbudsmanSite.Core.Routing;

/// <summary>
/// Reads a public path as a <see cref="SiteRoute"/> and writes a route as its path: the one place
/// that knows <c>/{culture}</c>, <c>/{culture}/{section}</c>, <c>/{culture}/{search}</c>,
/// <c>/{culture}/{section}/{slug}</c> and <c>/{culture}/{slug}</c>, with each language's own
/// segments. <see cref="Parse(string, string?)"/> is the inverse of <see cref="PathOf"/>.
/// </summary>
public sealed class SiteRouter(SiteCultures cultures)
{
    /// <summary>
    /// The route of <paramref name="path"/> (what follows the culture, without a query) under
    /// <paramref name="culture"/>; null when the culture is unknown or the path has no route's shape.
    /// A section's or the search's segment wins over a page's slug of the same spelling.
    /// </summary>
    public SiteRoute? Parse(string culture, string? path)
    {
        if (!cultures.TryGet(culture, out var definition))
        {
            return null;
        }

        var segments = (path ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        var section = segments.Length > 0 ? definition.Sections.SectionFor(segments[0]) : null;
        return segments.Length switch
        {
            0 => SiteRoute.Home(definition.Code),
            1 when section is { } listed => SiteRoute.List(definition.Code, listed),
            1 when string.Equals(segments[0], definition.SearchSegment, StringComparison.OrdinalIgnoreCase) => SiteRoute.Search(definition.Code),
            1 => SiteRoute.ForItem(definition.Code, DocumentType.Page, segments[0]),
            2 when section is { } parent => SiteRoute.ForItem(definition.Code, Sections.DocumentTypeOf(parent), segments[1]),
            _ => null,
        };
    }

    /// <summary>The route of a whole path, culture first (<c>/en/meetings/visit-to-sheki</c>); a query or fragment is ignored.</summary>
    public SiteRoute? Parse(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var end = path.IndexOfAny(['?', '#']);
        var bare = (end < 0 ? path : path[..end]).TrimStart('/');
        var slash = bare.IndexOf('/', StringComparison.Ordinal);
        return bare.Length == 0 ? null : slash < 0 ? Parse(bare, null) : Parse(bare[..slash], bare[(slash + 1)..]);
    }

    /// <summary>The public path of <paramref name="route"/>, without a query.</summary>
    public string PathOf(SiteRoute route)
    {
        ArgumentNullException.ThrowIfNull(route);
        var culture = cultures.TryGet(route.Culture, out var definition)
            ? definition
            : throw new ArgumentException($"Unknown culture '{route.Culture}'.", nameof(route));
        return route.Kind switch
        {
            SiteRouteKind.Home => $"/{culture.Code}",
            SiteRouteKind.Section => $"/{culture.Code}/{culture.Sections.SegmentFor(route.Section!.Value)}",
            SiteRouteKind.Search => $"/{culture.Code}/{culture.SearchSegment}",
            SiteRouteKind.Item => $"/{culture.Code}/{culture.Sections.SegmentFor(route.Section!.Value)}/{route.Slug}",
            SiteRouteKind.Page => $"/{culture.Code}/{route.Slug}",
            _ => throw new ArgumentOutOfRangeException(nameof(route), route.Kind, null),
        };
    }
}
