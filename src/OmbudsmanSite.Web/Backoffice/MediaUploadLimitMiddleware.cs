using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Infrastructure.Media;

namespace OmbudsmanSite.Web.Backoffice;

/// <summary>
/// The media section's forms carry files up to <see cref="MediaOptions.MaxFileBytes"/>, more than the
/// server's 30 MB default for a request: a signed-in member may post up to
/// <see cref="MediaOptions.MaxUploadFormBytes"/> there. A larger form is not read at all; it is sent
/// back to its page, which says why (a body cut off mid-read would only fail antiforgery, with a blank page).
/// </summary>
public sealed class MediaUploadLimitMiddleware(RequestDelegate next, IOptions<MediaOptions> options)
{
    public const string RefusedParameter = "refused";
    public const string TooLarge = "too-large";

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!HttpMethods.IsPost(context.Request.Method) ||
            !context.Request.Path.StartsWithSegments(BackofficeAddresses.Media, StringComparison.OrdinalIgnoreCase) ||
            context.User.Identity?.IsAuthenticated != true)
        {
            return next(context);
        }

        var limit = options.Value.MaxUploadFormBytes;
        if (context.Request.ContentLength > limit)
        {
            var query = QueryHelpers.ParseQuery(context.Request.QueryString.Value);
            query[RefusedParameter] = TooLarge;
            context.Response.StatusCode = StatusCodes.Status303SeeOther;
            context.Response.Headers.Location = context.Request.PathBase + context.Request.Path + QueryString.Create(query);
            context.Response.Headers.Connection = "close"; // the unread body is not waited for
            return Task.CompletedTask;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        return next(context);
    }
}
