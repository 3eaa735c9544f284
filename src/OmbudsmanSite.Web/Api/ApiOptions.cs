namespace OmbudsmanSite.Web.Api;

/// <summary>"Site:Api": who may read the delivery API from a browser, and how fast one client may ask.</summary>
public sealed class ApiOptions
{
    public const string SectionName = "Site:Api";

    /// <summary>Origins (<c>https://partner.example</c>) whose pages may call the API (GET and HEAD); none by default.</summary>
    public string[] CorsOrigins { get; set; } = [];

    public ApiRateLimitOptions RateLimit { get; set; } = new();
}
