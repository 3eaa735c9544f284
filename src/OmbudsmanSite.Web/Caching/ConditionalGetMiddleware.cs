using Microsoft.AspNetCore.Http.Headers;
using Microsoft.Net.Http.Headers;

namespace OmbudsmanSite.Web.Caching;

/// <summary>
/// ETag and Last-Modified on public pages, and 304 Not Modified before any rendering when the
/// visitor's copy is current. Pages are revalidated on every view (no-cache), so a publish shows at once.
/// A missing or removed address (404, 410) is revalidated too, so a restored item shows at once in a
/// browser that saw it gone; a 301 is kept a minute at most (<see cref="CachingOptions.MovedMaxAge"/>),
/// never for good, as browsers keep a permanent redirect with no headers.
/// </summary>
public sealed class ConditionalGetMiddleware(RequestDelegate next, ContentVersion version, Microsoft.Extensions.Options.IOptions<CachingOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method) ||
            context.GetEndpoint()?.Metadata.GetMetadata<PublicPageMetadata>() is null)
        {
            return next(context);
        }

        if (PrivateRequest.Is(context.Request))
        {
            context.Response.OnStarting(() =>
            {
                context.Response.GetTypedHeaders().CacheControl = new CacheControlHeaderValue { Private = true, NoStore = true };
                return Task.CompletedTask;
            });
            return next(context);
        }

        // An answer that varies by language (and, strongly validated, by the bytes compression makes) is
        // validated per language and encoding, so a client that switches either never gets a wrong 304.
        var byLanguage = context.GetEndpoint()?.Metadata.GetMetadata<LanguageVariantMetadata>() is not null;
        var etag = byLanguage
            ? version.StrongETagFor($"{context.Request.Path}{context.Request.QueryString}|{context.Request.Headers.AcceptLanguage}|{context.Request.Headers.AcceptEncoding}")
            : version.ETagFor(context.Request.Path + context.Request.QueryString);
        var lastModified = version.LastChangeUtc;
        RequestHeaders request = context.Request.GetTypedHeaders();
        var notModified = request.IfNoneMatch.Count > 0
            ? request.IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(EntityTagHeaderValue.Parse(etag), useStrongComparison: false))
            : !byLanguage && request.IfModifiedSince is { } since && lastModified <= since;

        context.Response.OnStarting(() =>
        {
            var headers = context.Response.GetTypedHeaders();
            if (byLanguage)
            {
                // Said on every answer, a 304 included, so no cache between keeps one language for another,
                // nor answers a preview with the published copy.
                context.Response.Headers.Vary = new Microsoft.Extensions.Primitives.StringValues([HeaderNames.AcceptLanguage, PrivateRequest.PreviewHeader]);
            }

            switch (context.Response.StatusCode)
            {
                case StatusCodes.Status200OK or StatusCodes.Status304NotModified:
                    headers.ETag = EntityTagHeaderValue.Parse(etag);
                    headers.LastModified = lastModified;
                    headers.CacheControl = new CacheControlHeaderValue { Public = true, NoCache = true };
                    break;
                case StatusCodes.Status404NotFound or StatusCodes.Status410Gone:
                    headers.CacheControl = new CacheControlHeaderValue { NoCache = true };
                    break;
                case StatusCodes.Status301MovedPermanently:
                    headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = options.Value.MovedMaxAge };
                    break;
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
