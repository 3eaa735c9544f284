namespace OmbudsmanSite.Web.Caching;

/// <summary>Marks endpoints whose responses depend only on the URL and the content version.</summary>
public sealed class PublicPageMetadata
{
    public static PublicPageMetadata Instance { get; } = new();
}
