using OmbudsmanSite.Core.Localization;

namespace OmbudsmanSite.Core.Content;

/// <summary>
/// The public path of an item (<c>/{culture}/{section}/{slug}</c>, a page's <c>/{culture}/{slug}</c>,
/// the home page's <c>/{culture}</c>) and its reading back: what an address pasted or typed into a
/// body points at.
/// </summary>
public static class ItemPaths
{
    public static string Of(CultureDefinition culture, DocumentType type, string slug)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return Sections.SectionOf(type) is { } section ? $"/{culture.Code}/{culture.Sections.SegmentFor(section)}/{slug}"
            : type == DocumentType.Home ? $"/{culture.Code}" : $"/{culture.Code}/{slug}";
    }

    /// <summary>The culture, the types that may live there and the slug of an item's path; null when the path is no item's.</summary>
    public static (string Culture, IReadOnlyList<DocumentType> Types, string Slug)? Parse(SiteCultures cultures, string path)
    {
        ArgumentNullException.ThrowIfNull(cultures);
        ArgumentNullException.ThrowIfNull(path);
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length is < 2 or > 3 || !cultures.TryGet(segments[0], out var culture))
        {
            return null;
        }

        if (segments.Length == 2)
        {
            return (culture.Code, [DocumentType.Page], segments[1]);
        }

        return culture.Sections.SectionFor(segments[1]) is { } section ? (culture.Code, [Sections.DocumentTypeOf(section)], segments[2]) : null;
    }
}
