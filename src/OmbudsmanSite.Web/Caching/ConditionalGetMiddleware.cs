using Microsoft.AspNetCore.Http.Headers;
using Microsoft.Net.Http.Headers;

namespace OmbudsmanSite.Web.Caching;

/// <summary>
/// ETag and Last-Modified on public pages, and 304 Not Modified before any rendering when the
/// visitor's copy is current. Pages are revalidated on every view (no-cache), so a publish shows at once.
/// </summary>
public sealed class ConditionalGetMiddleware(RequestDelegate next, ContentVersion version)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method) ||
            context.GetEndpoint()?.Metadata.GetMetadata<PublicPageMetadata>() is null)
        {
            return next(context);
        }

        var etag = version.ETagFor(context.Request.Path + context.Request.QueryString);
        var lastModified = version.LastChangeUtc;
        RequestHeaders request = context.Request.GetTypedHeaders();
        var notModified = request.IfNoneMatch.Count > 0
            ? request.IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(EntityTagHeaderValue.Parse(etag), useStrongComparison: false))
            : request.IfModifiedSince is { } since && lastModified <= since;

        context.Response.OnStarting(() =>
        {
            if (context.Response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status304NotModified)
            {
                var headers = context.Response.GetTypedHeaders();
                headers.ETag = EntityTagHeaderValue.Parse(etag);
                headers.LastModified = lastModified;
                headers.CacheControl = new CacheControlHeaderValue { Public = true, NoCache = true };
            }

            return Task.CompletedTask;
        });

        if (notModified)
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        return next(context);
    }
}
