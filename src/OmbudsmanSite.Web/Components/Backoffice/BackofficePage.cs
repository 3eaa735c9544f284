using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Infrastructure.Identity;
using OmbudsmanSite.Web.Backoffice;

namespace OmbudsmanSite.Web.Components.Backoffice;

/// <summary>What every backoffice page has: its request, its strings, the signed-in user and the field errors of its forms.</summary>
public abstract class BackofficePage : ComponentBase
{
    [CascadingParameter]
    protected HttpContext HttpContext { get; set; } = default!;

    [Inject]
    protected BackofficeText Text { get; set; } = default!;

    [Inject]
    protected SiteCultures Cultures { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private SiteClock SiteClock { get; set; } = default!;

    /// <summary>Field id (empty for the form as a whole) and message, in the order the summary lists them.</summary>
    protected List<(string Field, string Message)> Errors { get; } = [];

    /// <summary>The signed-in user as the services see her (null on the sign-in pages).</summary>
    protected ActingUser? Me => BackofficeClaims.ToActingUser(HttpContext.User);

    /// <summary>The site culture the interface is shown in: titles and alt texts are picked in it.</summary>
    protected string UserCulture => InterfaceCulture.Of(Cultures);

    /// <summary>An item's title in the user's language, else the first there is, with the language it is in.</summary>
    protected (string Title, string Culture) TitleOf(ItemStateSummary item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Cultures.FirstOrDefault(c => c.Culture == UserCulture) is { } own ? (own.Title, own.Culture)
            : item.Cultures.Count > 0 ? (item.Cultures[0].Title, item.Cultures[0].Culture)
            : (Text.Format("Untitled", UserCulture), UserCulture);
    }

    /// <summary>
    /// When <see cref="OmbudsmanSite.Web.Backoffice.Uploads.MediaFormMiddleware"/> sent an upload back unread, says so at the file
    /// field (on the page it came back to, not on the next post from there).
    /// </summary>
    protected void ShowRefusedUpload(string field, string? refused, long limit)
    {
        if (refused == OmbudsmanSite.Web.Backoffice.Uploads.MediaFormMiddleware.TooLarge && HttpMethods.IsGet(HttpContext.Request.Method))
        {
            Errors.Add((field, Text.Format("UploadFormTooLarge", MediaSize.Describe(limit))));
        }
    }

    /// <summary>
    /// Answers 404 with the backoffice's not-found page (the router's, picked for the backoffice in
    /// Routes). Setting the status by hand would send an empty body: Blazor leaves a 404 it did not
    /// raise itself to the status-code middleware.
    /// </summary>
    protected void ShowNotFound() => Navigation.NotFound();

    /// <summary>
    /// True when the operation went through; otherwise its messages go to the page's error summary
    /// with the answer's status. An item gone meanwhile is a 409 here: a page's own 404 renders empty.
    /// </summary>
    protected bool Succeeded(EditorialResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Succeeded)
        {
            return true;
        }

        HttpContext.Response.StatusCode = result.Status == OperationStatus.NotFound ? StatusCodes.Status409Conflict : EditorialHttpResults.StatusCodeOf(result.Status);
        Errors.AddRange(result.Errors.Select(e => ("", e.Message)));
        return false;
    }

    /// <summary>A due time as schedules show it: in Baku time with the zone named, never the browser's (Umbraco #17830).</summary>
    protected string Due(DateTime utc) => Text.Due(SiteClock, utc);

    protected string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field).Message;
}
