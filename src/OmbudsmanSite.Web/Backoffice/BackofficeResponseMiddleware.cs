using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Infrastructure.Identity;

namespace OmbudsmanSite.Web.Backoffice;

/// <summary>
/// Every backoffice answer: never stored by a cache, never indexed, never compressed (its pages carry
/// antiforgery tokens, so BREACH would apply), and in the user's interface language. The circuit hub
/// is one too: the editor's circuit takes its culture from the request that opened it.
/// </summary>
public sealed class BackofficeResponseMiddleware(RequestDelegate next, SiteCultures cultures, BackofficeLinks links)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!BackofficeAddresses.IsBackoffice(context.Request.Path) && !BackofficeAddresses.IsCircuit(context.Request.Path))
        {
            return next(context);
        }

        if (context.Features.Get<IHttpsCompressionFeature>() is { } compression)
        {
            compression.Mode = HttpsCompressionMode.DoNotCompress;
        }

        links.Remember(context.Request); // the workers' messages link to where staff last came in

        context.Response.OnStarting(() =>
        {
            context.Response.Headers[HeaderNames.CacheControl] = "no-store";
            context.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
            return Task.CompletedTask;
        });

        // A preview keeps its page's language (set from its address); everything else speaks the user's.
        if (!BackofficeAddresses.IsPreview(context.Request.Path) &&
            context.User.FindFirst(BackofficeClaims.UiCulture)?.Value is { } chosen && cultures.TryGet(chosen, out var culture))
        {
            var info = cultures.CultureInfoFor(culture.Code);
            CultureInfo.CurrentCulture = info;
            CultureInfo.CurrentUICulture = info;
        }

        return next(context);
    }
}
