using OmbudsmanSite.Core.Content;

namespace OmbudsmanSite.Core.Routing;

/// <summary>
/// A public address read as what it names (<see cref="SiteRouter"/> reads and writes it), so the
/// pages, the previews, the feeds and the API agree on what an address means.
/// </summary>
public sealed record SiteRoute
{
    private SiteRoute(SiteRouteKind kind, string culture, Section? section, string? slug)
    {
        Kind = kind;
        Culture = culture;
        Section = section;
        Slug = slug;
    }

    public SiteRouteKind Kind { get; }

    public string Culture { get; }

    /// <summary>The list, or the list an item belongs to (<see cref="SiteRouteKind.Section"/>, <see cref="SiteRouteKind.Item"/>).</summary>
    public Section? Section { get; }

    /// <summary>The item's or the page's address segment (<see cref="SiteRouteKind.Item"/>, <see cref="SiteRouteKind.Page"/>).</summary>
    public string? Slug { get; }

    /// <summary>The type of the content the route shows on its own: an item's, a page's, the home page's; null for a list or the search.</summary>
    public DocumentType? DocumentType => Kind switch
    {
        SiteRouteKind.Item => Sections.DocumentTypeOf(Section!.Value),
        SiteRouteKind.Page => Content.DocumentType.Page,
        SiteRouteKind.Home => Content.DocumentType.Home,
        _ => null,
    };

    public static SiteRoute Home(string culture) => new(SiteRouteKind.Home, Checked(culture), null, null);

    public static SiteRoute List(string culture, Section section) => new(SiteRouteKind.Section, Checked(culture), section, null);

    public static SiteRoute Search(string culture) => new(SiteRouteKind.Search, Checked(culture), null, null);

    /// <summary>Where an item of <paramref name="type"/> lives: in its section, as a page, or (the home page's item) at the culture's root.</summary>
    public static SiteRoute ForItem(string culture, DocumentType type, string slug)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(slug);
        return Sections.SectionOf(type) is { } section ? new(SiteRouteKind.Item, Checked(culture), section, slug)
            : type == Content.DocumentType.Home ? Home(culture)
            : new(SiteRouteKind.Page, Checked(culture), null, slug);
    }

    /// <summary>The same kind of address in another language (not for items: their slugs differ per language).</summary>
    public SiteRoute InCulture(string culture) => Kind is SiteRouteKind.Item or SiteRouteKind.Page
        ? throw new InvalidOperationException("An item's address in another language has its own slug.")
        : new(Kind, Checked(culture), Section, Slug);

    private static string Checked(string culture)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(culture);
        return culture;
    }
}
