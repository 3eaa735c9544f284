namespace OmbudsmanSite.Core.Content;

/// <summary>One live language of a <see cref="PublishedItem"/>.</summary>
public sealed record PublishedVariant(
    string Culture,
    string Title,
    string Slug,
    string? Summary,
    string BodyHtml,
    string? SeoDescription,
    DateTime? PublishedUtc,
    DateTime? FirstPublishedUtc,
    DateTime UpdatedUtc);
