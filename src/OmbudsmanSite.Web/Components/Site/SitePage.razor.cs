using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Core.Taxonomy;
using OmbudsmanSite.Web.Components.Layout;
using OmbudsmanSite.Web.Localization;
using OmbudsmanSite.Web.Routing;

namespace OmbudsmanSite.Web.Components.Site;

/// <summary>
/// Every public path under a culture resolves here: /{culture} (home), /{culture}/{section}
/// (paged list), /{culture}/{section}/{slug} (item), /{culture}/{slug} (generic page); anything
/// else is a 404 in the page's language.
/// </summary>
public sealed partial class SitePage
{
    private SiteView _view = SiteView.NotFound;
    private CultureDefinition _culture = null!;
    private IReadOnlyList<LanguageLink> _languages = [];
    private IReadOnlyList<ContentItem> _items = [];
    private PagedList<ContentItem>? _page;
    private Section _section;
    private ContentItem? _item;
    private ContentVariant? _variant;
    private IReadOnlyDictionary<Guid, TaxonomyItem> _taxonomy = new Dictionary<Guid, TaxonomyItem>();
    private IReadOnlyDictionary<DocumentType, DocumentTypeDefinition> _documentTypes = new Dictionary<DocumentType, DocumentTypeDefinition>();

    [Inject]
    private IPublishedContent Content { get; set; } = null!;

    [Inject]
    private SiteCultures Cultures { get; set; } = null!;

    [Inject]
    private SiteUrls Urls { get; set; } = null!;

    [Inject]
    private SiteText Text { get; set; } = null!;

    [Inject]
    private IOptions<SiteOptions> Options { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = null!;

    [Parameter]
    public string Culture { get; set; } = "";

    [Parameter]
    public string? Path { get; set; }

    [SupplyParameterFromQuery(Name = "page")]
    public string? PageNumber { get; set; }

    private string SectionTitle => _page is { PageCount: > 1 }
        ? $"{Text["Section_" + _section]} – {Text.Format("PageOf", _page.Page, _page.PageCount)}"
        : Text["Section_" + _section];

    protected override async Task OnInitializedAsync()
    {
        var ct = HttpContext.RequestAborted;
        if (!Cultures.TryGet(Culture, out _culture))
        {
            _culture = HttpContext.Features.Get<SiteRequestCulture>()?.Culture ?? Cultures.Default;
            SetNotFound();
            return;
        }

        var segments = (Path ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        var section = segments.Length > 0 ? _culture.Sections.SectionFor(segments[0]) : null;
        _documentTypes = await Content.DocumentTypesAsync(ct);
        switch (segments.Length)
        {
            case 0:
                _view = SiteView.Home;
                _items = await Content.LatestAsync(_culture.Code, Options.Value.HomeLatestCount, ct);
                _languages = LinksToAll(code => Urls.Home(code));
                break;
            case 1 when section is { } listed:
                await ShowSectionAsync(listed, ct);
                break;
            case 1:
                await ShowItemAsync(DocumentType.Page, segments[0], ct);
                break;
            case 2 when section is { } parent:
                await ShowItemAsync(Sections.DocumentTypeOf(parent), segments[1], ct);
                break;
            default:
                SetNotFound();
                break;
        }
    }

    private async Task ShowSectionAsync(Section section, CancellationToken ct)
    {
        var pageNumber = int.TryParse(PageNumber, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed >= 1 ? parsed : 1;
        var page = await Content.ListAsync(Sections.DocumentTypeOf(section), _culture.Code, pageNumber, Options.Value.PageSize, ct);
        if (pageNumber > page.PageCount)
        {
            // A page past the end (an old link after items were unpublished) goes back to the first.
            Navigation.NavigateTo(Urls.Section(_culture.Code, section));
            return;
        }

        _view = SiteView.Section;
        _section = section;
        _page = page;
        _languages = LinksToAll(code => Urls.Section(code, section));
    }

    private async Task ShowItemAsync(DocumentType type, string slug, CancellationToken ct)
    {
        _item = await Content.FindBySlugAsync(type, _culture.Code, slug, ct);
        _variant = _item?.GetPublishedVariant(_culture.Code);
        if (_item is null || _variant is null)
        {
            SetNotFound();
            return;
        }

        _view = SiteView.Item;
        _taxonomy = await Content.TaxonomyAsync(
            _item.Taxonomy.Select(t => t.TaxonomyItemId)
                .Concat(_item.Participants.Select(p => p.PersonId))
                .Concat(_item.Participants.Where(p => p.OrganisationId is not null).Select(p => p.OrganisationId!.Value)),
            ct);
        _languages = Cultures.All.Select(c => new LanguageLink(c, Urls.Item(c.Code, _item), c.Code == _culture.Code)).ToList();
    }

    /// <summary>The router renders <see cref="NotFoundPage"/> with status 404 instead of this page.</summary>
    private void SetNotFound()
    {
        _view = SiteView.NotFound;
        Navigation.NotFound();
    }

    private List<LanguageLink> LinksToAll(Func<string, string> url) =>
        Cultures.All.Select(c => new LanguageLink(c, url(c.Code), c.Code == _culture.Code)).ToList();
}
