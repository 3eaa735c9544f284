using Microsoft.Net.Http.Headers;

namespace OmbudsmanSite.Web.Caching;

/// <summary>
/// A request answered for its sender alone: it carries a credential, or asks for what only a
/// credential opens (a preview). Its answer never comes from or goes into the output cache, is not
/// validated against the public ETag, and is marked no-store (RFC 9111, §3.5).
/// </summary>
public static class PrivateRequest
{
    /// <summary>The delivery API's key.</summary>
    public const string ApiKeyHeader = "Api-Key";

    /// <summary>The delivery API's ask for working copies (<c>Preview: true</c>).</summary>
    public const string PreviewHeader = "Preview";

    public static bool Is(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var headers = request.Headers;
        return headers.ContainsKey(HeaderNames.Authorization) || headers.ContainsKey(ApiKeyHeader) || headers.ContainsKey(PreviewHeader);
    }
}
