using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Core.Search;
using OmbudsmanSite.Core.Taxonomy;
using OmbudsmanSite.Web.Components.Layout;
using OmbudsmanSite.Web.Localization;
using OmbudsmanSite.Web.Media;
using OmbudsmanSite.Web.Routing;

namespace OmbudsmanSite.Web.Components.Site;

/// <summary>
/// Every public path under a culture resolves here: /{culture} (home), /{culture}/{section}
/// (paged, filtered list), /{culture}/{section}/{slug} (item), /{culture}/{slug} (generic page);
/// anything else is a 404 in the page's language (<see cref="NotFoundPage"/>).
/// </summary>
public sealed partial class SitePage
{
    private const int RelatedCount = 3;

    private SiteView _view = SiteView.NotFound;
    private CultureDefinition _culture = null!;
    private IReadOnlyList<LanguageLink> _languages = [];
    private IReadOnlyList<Crumb> _trail = [];
    private HomeContent? _home;
    private PagedList<PublishedItem>? _page;
    private ListingQuery? _query;
    private ListingFacets? _facets;
    private IReadOnlyList<(string Key, TaxonomyItem Item)> _activeFilters = [];
    private Section _section;
    private PublishedItem? _item;
    private PublishedVariant? _variant;
    private IReadOnlyList<PublishedItem> _related = [];
    private IReadOnlyDictionary<Guid, TaxonomyItem> _taxonomy = new Dictionary<Guid, TaxonomyItem>();
    private IReadOnlyDictionary<DocumentType, DocumentTypeDefinition> _documentTypes = new Dictionary<DocumentType, DocumentTypeDefinition>();
    private SearchQuery? _search;
    private SearchResults? _results;
    private Dictionary<string, TaxonomyItem> _facetTaxonomy = new(StringComparer.Ordinal);
    private PageMedia _media = PageMedia.None;

    [Inject]
    private IPublishedContent Content { get; set; } = null!;

    [Inject]
    private SiteCultures Cultures { get; set; } = null!;

    [Inject]
    private ISiteSearch Search { get; set; } = null!;

    [Inject]
    private SiteUrls Urls { get; set; } = null!;

    [Inject]
    private SiteText Text { get; set; } = null!;

    [Inject]
    private SiteClock Clock { get; set; } = null!;

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

    private string SearchTitle => string.IsNullOrWhiteSpace(_search?.Text)
        ? Text["Search"]
        : Text.Format("SearchResultsFor", _search.Text) + (_results is { PageCount: > 1 } ? $" – {Text.Format("PageOf", _results.Page, _results.PageCount)}" : "");

    /// <summary>
    /// A bare list and a list with one filter are landing pages, canonical to themselves. Combinations,
    /// date ranges and filters that match nothing (an unknown alias) are noindex.
    /// </summary>
    private bool IsIndexableList => _query!.Filter.IsLandingPage && (_query.Filter.IsEmpty || _page!.TotalCount > 0);

    /// <summary>The SEO description, else the summary, else the opening of the text cut at a word (search engines show about 160 characters).</summary>
    private string? ItemDescription
    {
        get
        {
            if ((_variant!.SeoDescription ?? _variant.Summary) is { Length: > 0 } given)
            {
                return given;
            }

            var text = HtmlText.ToPlainText(_variant.BodyHtml).ReplaceLineEndings(" ");
            if (text.Length <= 160)
            {
                return text.Length == 0 ? null : text;
            }

            var cut = text.LastIndexOf(' ', 157);
            return text[..(cut > 80 ? cut : 157)] + "…";
        }
    }

    private string SectionTitle
    {
        get
        {
            var title = Text["Section_" + _section];
            if (_query!.Filter.IsLandingPage && FilterName() is { } filter)
            {
                title += " – " + filter;
            }

            return _page is { PageCount: > 1 } ? $"{title} – {Text.Format("PageOf", _page.Page, _page.PageCount)}" : title;
        }
    }

    /// <summary>What a one-filter list is narrowed to, in the page's language: "OHCHR", "2024", "Online".</summary>
    private string? FilterName()
    {
        var filter = _query!.Filter;
        if (_activeFilters.Count == 1)
        {
            return _activeFilters[0].Item.Names.Get(_culture.Code, Cultures.Default.Code);
        }

        return filter switch
        {
            { Year: { } year } => year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            { Format: { } format } => Text["MeetingFormat_" + format],
            _ => null,
        };
    }

    protected override async Task OnInitializedAsync()
    {
        var ct = HttpContext.RequestAborted;
        if (!Cultures.TryGet(Culture, out _culture))
        {
            SetNotFound();
            return;
        }

        var segments = (Path ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        var section = segments.Length > 0 ? _culture.Sections.SectionFor(segments[0]) : null;
        switch (segments.Length)
        {
            case 0:
                await ShowHomeAsync(ct);
                break;
            case 1 when section is { } listed:
                await ShowSectionAsync(listed, ct);
                break;
            case 1 when string.Equals(segments[0], _culture.SearchSegment, StringComparison.OrdinalIgnoreCase):
                await ShowSearchAsync(ct);
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

    private async Task ShowHomeAsync(CancellationToken ct)
    {
        var culture = _culture.Code;
        var now = Clock.UtcNow;
        var blockSize = Math.Max(1, Options.Value.HomeLatestCount);
        var upcoming = await Content.UpcomingMeetingsAsync(culture, now, blockSize, ct);

        // Announcements are listed above; "recent" means meetings that have taken place.
        var recent = (await Content.LatestAsync(culture, DocumentType.Meeting, blockSize + upcoming.Count, ct))
            .Where(m => m.DateUtc is null || m.DateUtc <= now)
            .Take(blockSize)
            .ToList();
        _home = new HomeContent(
            await Content.LatestAsync(culture, DocumentType.NewsArticle, blockSize, ct),
            upcoming,
            recent,
            await Content.LatestAsync(culture, DocumentType.Report, blockSize, ct));
        _view = SiteView.Home;
        _media = await MediaForAsync([.. _home.News, .. _home.UpcomingMeetings, .. _home.RecentMeetings, .. _home.Reports], ct);
        _languages = LinksToAll(code => Urls.Home(code));
    }

    private async Task ShowSectionAsync(Section section, CancellationToken ct)
    {
        var query = ListingQuery.Parse(HttpContext.Request.Query);
        var type = Sections.DocumentTypeOf(section);
        var page = await Content.ListAsync(type, _culture.Code, query.Filter, query.Page, Options.Value.PageSize, ct);
        if (query.Page > page.PageCount)
        {
            // A page past the end (an old link, fewer items since) goes back to the first, filters kept.
            Navigation.NavigateTo(Urls.Section(_culture.Code, section, query, page: 1));
            return;
        }

        _view = SiteView.Section;
        _section = section;
        _page = page;
        _media = await MediaForAsync(page.Items, ct);
        _query = query;
        _facets = await Content.FacetsAsync(type, _culture.Code, ct);
        _activeFilters = await ActiveFiltersAsync(query.Filter, ct);
        _languages = LinksToAll(code => Urls.Section(code, section, query, query.Page));
        _trail = [new(Text["Home"], Urls.Home(_culture.Code)), new(Text["Section_" + section], null)];
    }

    private async Task ShowSearchAsync(CancellationToken ct)
    {
        var query = SearchQueryString.Parse(HttpContext.Request.Query, _culture.Code, Options.Value.PageSize);
        var results = await Search.SearchAsync(query, ct);
        if (results.TotalCount > 0 && query.Page > results.PageCount)
        {
            Navigation.NavigateTo(Urls.Search(_culture.Code, query, page: 1));
            return;
        }

        if (results.Status != SearchIndexStatus.Ready && HttpContext.Features.Get<IOutputCacheFeature>() is { } cache)
        {
            // Results from a half-built index must not outlive the rebuild in the cache.
            cache.Context.AllowCacheStorage = false;
        }

        foreach (var (facet, kind) in new[] { (SearchFacet.Topic, TaxonomyKind.Topic), (SearchFacet.Organisation, TaxonomyKind.Organisation), (SearchFacet.Person, TaxonomyKind.Person) })
        {
            var values = results.Facets.GetValueOrDefault(facet, []).Select(f => f.Value).Append(query.FilterValue(facet)).OfType<string>();
            foreach (var alias in values)
            {
                if (await Content.FindTaxonomyAsync(kind, alias, ct) is { } item)
                {
                    _facetTaxonomy[alias] = item;
                }
            }
        }

        _view = SiteView.Search;
        _search = query;
        _results = results;
        _languages = LinksToAll(code => Urls.Search(code, query with { Culture = code }, query.Page));
        _trail = [new(Text["Home"], Urls.Home(_culture.Code)), new(Text["Search"], null)];
    }

    private async Task<IReadOnlyList<(string Key, TaxonomyItem Item)>> ActiveFiltersAsync(ContentFilter filter, CancellationToken ct)
    {
        var active = new List<(string, TaxonomyItem)>();
        foreach (var (key, kind, alias) in new[]
                 {
                     (ListingQuery.TopicKey, TaxonomyKind.Topic, filter.Topic),
                     (ListingQuery.OrganisationKey, TaxonomyKind.Organisation, filter.Organisation),
                     (ListingQuery.PersonKey, TaxonomyKind.Person, filter.Person),
                 })
        {
            if (alias is not null && await Content.FindTaxonomyAsync(kind, alias, ct) is { } item)
            {
                active.Add((key, item));
            }
        }

        return active;
    }

    private async Task ShowItemAsync(DocumentType type, string slug, CancellationToken ct)
    {
        _item = await Content.FindBySlugAsync(type, _culture.Code, slug, ct);
        _variant = _item?.GetVariant(_culture.Code);
        if (_item is null || _variant is null)
        {
            await ShowMissingAsync(type, slug, ct);
            return;
        }

        _view = SiteView.Item;
        _documentTypes = await Content.DocumentTypesAsync(ct);
        _taxonomy = await Content.TaxonomyAsync(_item.LinkedTaxonomyIds(), ct);
        _related = await Content.RelatedAsync(_item, _culture.Code, RelatedCount, ct);
        _media = await MediaForAsync([_item, .. _related], ct);
        _languages = Cultures.All.Select(c => new LanguageLink(c, Urls.Item(c.Code, _item), c.Code == _culture.Code)).ToList();
        var trail = new List<Crumb> { new(Text["Home"], Urls.Home(_culture.Code)) };
        if (Sections.SectionOf(type) is { } section)
        {
            trail.Add(new(Text["Section_" + section], Urls.Section(_culture.Code, section)));
        }

        trail.Add(new(_variant.Title, null));
        _trail = trail;
    }

    private async Task<PageMedia> MediaForAsync(IEnumerable<PublishedItem> items, CancellationToken ct) =>
        new(await Content.MediaAsync(items.SelectMany(item => item.MediaIds()), ct));

    /// <summary>The router renders <see cref="NotFoundPage"/> with status 404 instead of this page.</summary>
    /// <summary>An address that is no live item's: 301 when its item lives elsewhere now, 410 when it was deleted, else 404.</summary>
    private async Task ShowMissingAsync(DocumentType type, string slug, CancellationToken ct)
    {
        var missing = await Content.ResolveMissingAsync(type, _culture.Code, slug, ct);
        switch (missing.Kind)
        {
            case MissingAddressKind.MovedPermanently:
                _view = SiteView.Moved;
                HttpContext.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                HttpContext.Response.Headers.Location = Urls.Item(_culture.Code, type, missing.NewSlug!) + HttpContext.Request.QueryString;
                break;
            case MissingAddressKind.Gone:
                _view = SiteView.Gone;
                HttpContext.Response.StatusCode = StatusCodes.Status410Gone;
                _languages = LinksToAll(Urls.Home);
                break;
            default:
                SetNotFound();
                break;
        }
    }

    private void SetNotFound()
    {
        _view = SiteView.NotFound;
        Navigation.NotFound();
    }

    private List<LanguageLink> LinksToAll(Func<string, string> url) =>
        Cultures.All.Select(c => new LanguageLink(c, url(c.Code), c.Code == _culture.Code)).ToList();
}
