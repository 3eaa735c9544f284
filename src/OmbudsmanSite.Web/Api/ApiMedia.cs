namespace OmbudsmanSite.Web.Api;

/// <summary>
/// A library file: what it is, its size and SHA-256, its pixels or pages, its alt text and caption
/// per language, the original's URL and, for a raster image, signed URLs of its widths.
/// </summary>
public sealed record ApiMedia(
    Guid Id,
    string Name,
    string Kind,
    string ContentType,
    long Size,
    string Sha256,
    int? Width,
    int? Height,
    int? PageCount,
    IReadOnlyDictionary<string, string> AltText,
    IReadOnlyDictionary<string, string> Caption,
    string Url,
    IReadOnlyDictionary<string, string> Widths);
