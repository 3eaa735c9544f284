using Microsoft.AspNetCore.Http.HttpResults;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Web.Caching;

namespace OmbudsmanSite.Web.Api;

/// <summary>
/// <c>Preview: true</c> with a live preview key in <c>Api-Key</c>: the item and route endpoints answer
/// with working copies (never cached: see <see cref="PrivateRequest"/>). Without a valid key the
/// answer is 401; <c>Preview: false</c> or no header is the published content.
/// </summary>
public static class ApiPreview
{
    /// <summary>Whether working copies are asked for and allowed; <c>Refusal</c> is the answer when they are asked for wrongly.</summary>
    public static async Task<(bool Preview, ProblemHttpResult? Refusal)> ReadAsync(HttpRequest request, ApiKeyService keys)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(keys);
        var asked = request.Headers[PrivateRequest.PreviewHeader].ToString().Trim();
        if (asked.Length == 0 || asked.Equals("false", StringComparison.OrdinalIgnoreCase))
        {
            return (false, null);
        }

        if (!asked.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return (false, TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: $"The header '{PrivateRequest.PreviewHeader}' is not valid.",
                detail: $"Send '{PrivateRequest.PreviewHeader}: true' with a preview key in '{PrivateRequest.ApiKeyHeader}', or no '{PrivateRequest.PreviewHeader}' header."));
        }

        if (!await keys.IsValidAsync(request.Headers[PrivateRequest.ApiKeyHeader].ToString(), ApiKeyScope.Preview, request.HttpContext.RequestAborted))
        {
            request.HttpContext.Response.Headers.WWWAuthenticate = $"ApiKey header=\"{PrivateRequest.ApiKeyHeader}\"";
            return (true, TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "A preview key is needed",
                detail: $"Send a live preview key in '{PrivateRequest.ApiKeyHeader}'. Administrators make and revoke keys in the backoffice."));
        }

        return (true, null);
    }
}
