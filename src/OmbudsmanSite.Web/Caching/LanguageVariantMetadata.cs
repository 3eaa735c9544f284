namespace OmbudsmanSite.Web.Caching;

/// <summary>
/// Marks an answer whose content depends on <c>Accept-Language</c> as well as its address (the API's):
/// its ETag and its output-cache entry are then kept per language, and it carries a strong ETag.
/// </summary>
public sealed class LanguageVariantMetadata
{
    public static LanguageVariantMetadata Instance { get; } = new();
}
