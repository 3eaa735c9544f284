using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace OmbudsmanSite.Web.Security;

/// <summary>
/// Adds the security headers of <see cref="SecurityHeadersOptions"/> to every answer, whichever
/// endpoint, error handler or middleware wrote it. A header an endpoint set itself is left alone.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, IOptions<SecurityHeadersOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = options.Value;
        context.Response.OnStarting(() =>
        {
            var response = context.Response.Headers;
            SetIfAbsent(response, HeaderNames.ContentSecurityPolicy, headers.ContentSecurityPolicy);
            SetIfAbsent(response, HeaderNames.XContentTypeOptions, "nosniff");
            SetIfAbsent(response, "Referrer-Policy", headers.ReferrerPolicy);
            SetIfAbsent(response, "Permissions-Policy", headers.PermissionsPolicy);
            SetIfAbsent(response, "Cross-Origin-Opener-Policy", headers.CrossOriginOpenerPolicy);
            response.Remove(HeaderNames.Server);
            return Task.CompletedTask;
        });
        return next(context);
    }

    private static void SetIfAbsent(IHeaderDictionary headers, string name, string value)
    {
        if (!headers.ContainsKey(name) && value.Length > 0)
        {
            headers[name] = value;
        }
    }
}
