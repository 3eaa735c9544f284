using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.OutputCaching;
using OmbudsmanSite.Core.Routing;
using OmbudsmanSite.Web.Localization;
using OmbudsmanSite.Web.Routing;
using OmbudsmanSite.Web.Routing.Pages;

namespace OmbudsmanSite.Web.Components.Site;

/// <summary>
/// Every public path under a culture comes here: <see cref="SiteRouter"/> reads it as a route,
/// <see cref="PageResolver"/> says what it shows, and this page renders that and sets the status
/// (301 to where an item lives now, 410 for a deleted one; anything else is a 404 in the page's
/// language, <see cref="NotFoundPage"/>).
/// </summary>
public sealed partial class SitePage
{
    private SitePageModel? _page;

    [Inject]
    private SiteRouter Router { get; set; } = null!;

    [Inject]
    private PageResolver Resolver { get; set; } = null!;

    [Inject]
    private SiteUrls Urls { get; set; } = null!;

    [Inject]
    private SiteText Text { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = null!;

    [Parameter]
    public string Culture { get; set; } = "";

    [Parameter]
    public string? Path { get; set; }

    protected override async Task OnInitializedAsync()
    {
        if (Router.Parse(Culture, Path) is not { } route)
        {
            Navigation.NotFound();
            return;
        }

        var resolution = await Resolver.ResolveAsync(route, HttpContext.Request.Query, HttpContext.RequestAborted);
        switch (resolution.Outcome)
        {
            case PageOutcome.Found:
                _page = resolution.Page;
                if (!_page!.Cacheable && HttpContext.Features.Get<IOutputCacheFeature>() is { } cache)
                {
                    cache.Context.AllowCacheStorage = false;
                }

                break;
            case PageOutcome.Moved when resolution.Permanent:
                HttpContext.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                HttpContext.Response.Headers.Location = resolution.Location + HttpContext.Request.QueryString;
                break;
            case PageOutcome.Moved:
                Navigation.NavigateTo(resolution.Location!);
                break;
            case PageOutcome.Gone:
                _page = resolution.Page;
                HttpContext.Response.StatusCode = StatusCodes.Status410Gone;
                break;
            default:
                Navigation.NotFound();
                break;
        }
    }
}
