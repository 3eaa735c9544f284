using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Infrastructure.Identity;
using OmbudsmanSite.Infrastructure.Media;
using OmbudsmanSite.Web.Backoffice.Forms;

namespace OmbudsmanSite.Web.Backoffice.Uploads;

/// <summary>
/// The media section's forms, before anything reads them (antiforgery included):
/// <list type="number">
/// <item>the user's right to manage media is checked before a byte of the body is read: without it
/// the answer is a 403 page, the refusal audited, the connection closed;</item>
/// <item>a form larger than <see cref="MediaOptions.MaxUploadFormBytes"/> is not read at all, but sent
/// back to its page, which says why;</item>
/// <item>a multipart form is read by <see cref="MediaFormReader"/>: files streamed to temporary files
/// (deleted when the answer is done), each past <see cref="MediaOptions.MaxFileBytes"/> read past and
/// not kept, so the page refuses it by name while keeping what else was typed.</item>
/// </list>
/// One limit for the whole form, one for each file: nothing between them answers a blank 400.
/// </summary>
public sealed class MediaFormMiddleware(RequestDelegate next, IOptions<MediaOptions> options, IOptions<SiteOptions> site, SecurityAudit audit, ILogger<MediaFormMiddleware> logger)
{
    public const string RefusedParameter = "refused";
    public const string TooLarge = "too-large";

    private const string UploadsFolder = "tmp/uploads";

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!HttpMethods.IsPost(context.Request.Method) ||
            !context.Request.Path.StartsWithSegments(BackofficeAddresses.Media, StringComparison.OrdinalIgnoreCase) ||
            context.User.Identity?.IsAuthenticated != true)
        {
            await next(context);
            return;
        }

        if (BackofficeClaims.ToActingUser(context.User) is not { } user || !user.Rights.Allows(EditorialRight.ManageMedia))
        {
            await audit.RecordAsync(BackofficeClaims.ToActingUser(context.User) ?? SystemUsers.MediaLibrary, AuditAction.AccessDenied,
                "ManageMedia: a media form was refused before its body was read", context.RequestAborted);
            context.Response.Headers.Connection = "close"; // the unread body is not waited for
            await FormProblemResponses.WriteAsync(context, FormProblem.NotAllowed, StatusCodes.Status403Forbidden);
            return;
        }

        var limit = options.Value.MaxUploadFormBytes;
        if (context.Request.ContentLength > limit)
        {
            SendBack(context);
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit; // a body sent without its length stops here too
        }

        if (context.Request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) != true)
        {
            await next(context);
            return;
        }

        var folder = Path.Combine(site.Value.ResolveDataPath(), UploadsFolder, Guid.NewGuid().ToString("N"));
        context.Response.RegisterForDispose(new TemporaryFolder(folder, logger));
        try
        {
            MediaFormReader.Use(context, await MediaFormReader.ReadAsync(context.Request, folder, options.Value.MaxFileBytes, context.RequestAborted));
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            SendBack(context);
            return;
        }

        await next(context);
    }

    private static void SendBack(HttpContext context)
    {
        var query = QueryHelpers.ParseQuery(context.Request.QueryString.Value);
        query[RefusedParameter] = TooLarge;
        context.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.Response.Headers.Location = context.Request.PathBase + context.Request.Path + QueryString.Create(query);
        context.Response.Headers.Connection = "close"; // the unread body is not waited for
    }

    /// <summary>A request's upload folder, deleted with what is in it when the answer is done.</summary>
    private sealed class TemporaryFolder(string path, ILogger logger) : IDisposable
    {
        public void Dispose()
        {
            try
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }
            }
            catch (IOException exception)
            {
                logger.LogWarning(exception, "The upload folder {Folder} could not be deleted", path);
            }
        }
    }
}
