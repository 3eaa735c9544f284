using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using OmbudsmanSite.Core.Localization;

namespace OmbudsmanSite.Web.Localization;

public sealed class RequestCultureMiddleware(RequestDelegate next, SiteCultures cultures)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // When the exception handler re-executes the pipeline for /error, the language is still the failed page's.
        var path = context.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? context.Request.Path.Value ?? "/";
        // A preview is a public page of its draft's culture, under the backoffice's address.
        var firstSegment = OmbudsmanSite.Web.Backoffice.BackofficeAddresses.PreviewCultureOf(path) ?? path.TrimStart('/').Split('/', 2)[0];
        var requestCulture = cultures.TryGet(firstSegment, out var fromPath)
            ? new SiteRequestCulture(fromPath, FromPath: true)
            : new SiteRequestCulture(cultures.Negotiate(AcceptLanguage.Preferred(context.Request)), FromPath: false);

        context.Features.Set(requestCulture);
        var cultureInfo = cultures.CultureInfoFor(requestCulture.Culture.Code);
        CultureInfo.CurrentCulture = cultureInfo;
        CultureInfo.CurrentUICulture = cultureInfo;
        return next(context);
    }
}
