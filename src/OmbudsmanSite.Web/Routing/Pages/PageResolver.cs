using Microsoft.Extensions.Options;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Core.Routing;
using OmbudsmanSite.Core.Search;
using OmbudsmanSite.Core.Taxonomy;
using OmbudsmanSite.Web.Components.Layout;
using OmbudsmanSite.Web.Components.Site;
using OmbudsmanSite.Web.Localization;
using OmbudsmanSite.Web.Media;

namespace OmbudsmanSite.Web.Routing.Pages;

/// <summary>
/// Works out what a public route shows, in the request's interface language: the home page, a
/// section's list, the search, an item or a page, each as a <see cref="SitePageModel"/>; an old
/// address as where its item lives now; a deleted item's as gone; anything else as not found.
/// <see cref="Components.Site.SitePage"/> renders what it answers; the previews build their page with
/// <see cref="ItemModelAsync"/>.
/// </summary>
public sealed class PageResolver(
    IPublishedContent content,
    ISiteSearch search,
    SiteCultures cultures,
    SiteUrls urls,
    SiteText text,
    SiteClock clock,
    IOptions<SiteOptions> options)
{
    /// <summary>How many related items an item shows: on its page and in the API (<c>expand=related</c>).</summary>
    public const int RelatedCount = 3;

    /// <summary>
    /// The answer for <paramref name="route"/>; <paramref name="query"/> is the request's query
    /// (a list's page and filters, the search's terms).
    /// </summary>
    public Task<PageResolution> ResolveAsync(SiteRoute route, IQueryCollection query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(query);
        return route.Kind switch
        {
            SiteRouteKind.Home => HomeAsync(route, cancellationToken),
            SiteRouteKind.Section => ListAsync(route, query, cancellationToken),
            SiteRouteKind.Search => SearchAsync(route, query, cancellationToken),
            _ => ItemAsync(route, cancellationToken),
        };
    }

    /// <summary>The page of <paramref name="item"/> in <paramref name="culture"/> (a published one, or a draft made to look like one).</summary>
    public async Task<SitePageModel> ItemModelAsync(PublishedItem item, PublishedVariant variant, string culture, bool withRelated, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(variant);
        var related = withRelated ? await content.RelatedAsync(item, culture, RelatedCount, cancellationToken) : [];
        var trail = new List<Crumb> { new(text["Home"], urls.Home(culture)) };
        if (Sections.SectionOf(item.Type) is { } section)
        {
            trail.Add(new(text["Section_" + section], urls.Section(culture, section)));
        }

        trail.Add(new(variant.Title, null));
        return new SitePageModel
        {
            Route = SiteRoute.ForItem(culture, item.Type, variant.Slug),
            Title = variant.Title,
            Description = DescriptionOf(variant),
            Languages = [.. cultures.All.Select(c => new LanguageLink(c, urls.Item(c.Code, item), c.Code == culture))],
            CanonicalPath = urls.Item(culture, item),
            Section = Sections.SectionOf(item.Type),
            Trail = trail,
            Media = await MediaForAsync([item, .. related], cancellationToken),
            Item = new ItemPage(
                item,
                variant,
                await content.TaxonomyAsync(item.LinkedTaxonomyIds(), cancellationToken),
                await content.DocumentTypesAsync(cancellationToken),
                related)
            {
                // Only a language told of a change has notes to read.
                ChangeNotes = variant.PublicUpdatedUtc is null ? [] : await content.ChangeNotesAsync(item.Id, culture, cancellationToken),
            },
        };
    }

    private async Task<PageResolution> HomeAsync(SiteRoute route, CancellationToken ct)
    {
        var culture = route.Culture;
        var now = clock.UtcNow;
        var blockSize = Math.Max(1, options.Value.HomeLatestCount);
        var upcoming = await content.UpcomingMeetingsAsync(culture, now, blockSize, ct);

        // Announcements are listed above; "recent" means meetings that have taken place.
        var recent = (await content.LatestAsync(culture, DocumentType.Meeting, blockSize + upcoming.Count, ct))
            .Where(m => m.DateUtc is null || m.DateUtc <= now)
            .Take(blockSize)
            .ToList();
        var home = new HomeContent(
            await content.LatestAsync(culture, DocumentType.NewsArticle, blockSize, ct),
            upcoming,
            recent,
            await content.LatestAsync(culture, DocumentType.Report, blockSize, ct));
        return PageResolution.Found(new SitePageModel
        {
            Route = route,
            Title = text["Home"],
            Description = text["SiteName"],
            Languages = LinksToAll(culture, urls.Home),
            CanonicalPath = urls.Home(culture),
            Media = await MediaForAsync([.. home.News, .. home.UpcomingMeetings, .. home.RecentMeetings, .. home.Reports], ct),
            Home = home,
        });
    }

    private async Task<PageResolution> ListAsync(SiteRoute route, IQueryCollection queryString, CancellationToken ct)
    {
        var culture = route.Culture;
        var section = route.Section!.Value;
        var query = ListingQuery.Parse(queryString);
        var type = Sections.DocumentTypeOf(section);
        ContentCursor? after = null;
        if (query.After is not null)
        {
            after = ContentCursor.Parse(query.After);
            if (after?.Date is null || query.Page < 2)
            {
                // Not a cursor of ours (or on the first page, which starts after nothing): the page by its number.
                return PageResolution.Moved(urls.Section(culture, section, query, query.Page), permanent: false);
            }
        }

        var page = await content.ListAsync(type, culture, query.Filter, query.Page, options.Value.PageSize, after, ct);
        if (after is not null && page.Items.Count == 0)
        {
            // Nothing after the cursor any more (the items it followed were removed): the page by its number.
            return PageResolution.Moved(urls.Section(culture, section, query, query.Page), permanent: false);
        }

        if (query.Page > page.PageCount)
        {
            // A page past the end (an old link, fewer items since) goes back to the first, filters kept.
            return PageResolution.Moved(urls.Section(culture, section, query, page: 1), permanent: false);
        }

        var activeFilters = await ActiveFiltersAsync(query.Filter, ct);
        var nextUrl = query.Page >= options.Value.ListCursorFromPage && page.HasNext && page.Next is { } next
            ? urls.Section(culture, section, query, query.Page + 1, next.ToToken())
            : null;
        var list = new ListingPage(section, page, query, await content.FacetsAsync(type, culture, ct), activeFilters, nextUrl);

        // A bare list and a list with one filter are landing pages, canonical to themselves. Combinations,
        // date ranges and filters that match nothing (an unknown alias) are noindex.
        var indexable = query.Filter.IsLandingPage && (query.Filter.IsEmpty || page.TotalCount > 0);
        return PageResolution.Found(new SitePageModel
        {
            Route = route,
            Title = ListTitle(list, culture),
            Description = text["SectionDescription_" + section],
            Languages = LinksToAll(culture, code => urls.Section(code, section, query, query.Page)),
            CanonicalPath = indexable ? urls.Section(culture, section, query, query.Page) : null,
            NoIndex = !indexable,
            Section = section,
            Trail = [new(text["Home"], urls.Home(culture)), new(text["Section_" + section], null)],
            Media = await MediaForAsync(page.Items, ct),
            List = list,
        });
    }

    private async Task<PageResolution> SearchAsync(SiteRoute route, IQueryCollection queryString, CancellationToken ct)
    {
        var culture = route.Culture;
        var query = SearchQueryString.Parse(queryString, culture, options.Value.PageSize);
        var results = await search.SearchAsync(query, ct);
        if (results.TotalCount > 0 && query.Page > results.PageCount)
        {
            return PageResolution.Moved(urls.Search(culture, query, page: 1), permanent: false);
        }

        var taxonomy = new Dictionary<string, PublishedTaxonomy>(StringComparer.Ordinal);
        foreach (var (facet, kind) in new[] { (SearchFacet.Topic, TaxonomyKind.Topic), (SearchFacet.Organisation, TaxonomyKind.Organisation), (SearchFacet.Person, TaxonomyKind.Person) })
        {
            var values = results.Facets.GetValueOrDefault(facet, []).Select(f => f.Value).Append(query.FilterValue(facet)).OfType<string>();
            foreach (var alias in values)
            {
                if (await content.FindTaxonomyAsync(kind, alias, ct) is { } item)
                {
                    taxonomy[alias] = item;
                }
            }
        }

        var title = string.IsNullOrWhiteSpace(query.Text)
            ? text["Search"]
            : text.Format("SearchResultsFor", query.Text) + (results is { PageCount: > 1 } ? $" – {text.Format("PageOf", results.Page, results.PageCount)}" : "");
        return PageResolution.Found(new SitePageModel
        {
            Route = route,
            Title = title,
            Languages = LinksToAll(culture, code => urls.Search(code, query with { Culture = code }, query.Page)),
            CanonicalPath = urls.Search(culture),
            NoIndex = true,
            Trail = [new(text["Home"], urls.Home(culture)), new(text["Search"], null)],

            // Results from a half-built index must not outlive the rebuild in the cache.
            Cacheable = results.Status == SearchIndexStatus.Ready,
            Search = new SearchResultsPage(query, results, taxonomy),
        });
    }

    private async Task<PageResolution> ItemAsync(SiteRoute route, CancellationToken ct)
    {
        var resolved = await ResolveItemAsync(route, ct);
        return resolved.Item is { } item
            ? PageResolution.Found(await ItemModelAsync(item, item.GetVariant(route.Culture)!, route.Culture, withRelated: true, ct))
            : resolved;
    }

    /// <summary>
    /// The live item an item's or a page's route names (<see cref="PageResolution.Item"/>, without the
    /// page built around it: what the API needs), or where its address went, or none.
    /// </summary>
    public async Task<PageResolution> ResolveItemAsync(SiteRoute route, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(route);
        if (route.Kind is not (SiteRouteKind.Item or SiteRouteKind.Page))
        {
            return PageResolution.NotFound;
        }

        var ct = cancellationToken;
        var culture = route.Culture;
        var type = route.DocumentType!.Value;
        var slug = route.Slug!;
        var item = await content.FindBySlugAsync(type, culture, slug, ct);
        if (item?.GetVariant(culture) is not null)
        {
            return PageResolution.FoundItem(item);
        }

        // An address that is no live item's: moved when its item lives elsewhere now, gone when it was deleted.
        var missing = await content.ResolveMissingAsync(type, culture, slug, ct);
        return missing.Kind switch
        {
            MissingAddressKind.MovedPermanently => PageResolution.Moved(urls.Item(culture, missing.NewType ?? type, missing.NewSlug!), permanent: true),
            MissingAddressKind.Gone => PageResolution.Gone(new SitePageModel
            {
                Route = route,
                Title = text["GoneTitle"],
                Languages = LinksToAll(culture, urls.Home),
                HasAlternates = false,
            }),
            _ => PageResolution.NotFound,
        };
    }

    private string ListTitle(ListingPage list, string culture)
    {
        var title = text["Section_" + list.Section];
        if (list.Query.Filter.IsLandingPage && FilterName(list, culture) is { } filter)
        {
            title += " – " + filter;
        }

        return list.Page is { PageCount: > 1 } ? $"{title} – {text.Format("PageOf", list.Page.Page, list.Page.PageCount)}" : title;
    }

    /// <summary>What a one-filter list is narrowed to, in the page's language: "OHCHR", "2024", "Online".</summary>
    private string? FilterName(ListingPage list, string culture)
    {
        if (list.ActiveFilters.Count == 1)
        {
            return list.ActiveFilters[0].Item.Names.Get(culture, cultures.Default.Code);
        }

        return list.Query.Filter switch
        {
            { Year: { } year } => year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            { Format: { } format } => text["MeetingFormat_" + format],
            _ => null,
        };
    }

    /// <summary>The SEO description, else the summary, else the opening of the text cut at a word (search engines show about 160 characters).</summary>
    private static string? DescriptionOf(PublishedVariant variant)
    {
        if ((variant.SeoDescription ?? variant.Summary) is { Length: > 0 } given)
        {
            return given;
        }

        var plain = HtmlText.ToPlainText(variant.BodyHtml).ReplaceLineEndings(" ");
        if (plain.Length <= 160)
        {
            return plain.Length == 0 ? null : plain;
        }

        var cut = plain.LastIndexOf(' ', 157);
        return plain[..(cut > 80 ? cut : 157)] + "…";
    }

    private async Task<IReadOnlyList<(string Key, PublishedTaxonomy Item)>> ActiveFiltersAsync(ContentFilter filter, CancellationToken ct)
    {
        var active = new List<(string, PublishedTaxonomy)>();
        foreach (var (key, kind, alias) in new[]
                 {
                     (ListingQuery.TopicKey, TaxonomyKind.Topic, filter.Topic),
                     (ListingQuery.OrganisationKey, TaxonomyKind.Organisation, filter.Organisation),
                     (ListingQuery.PersonKey, TaxonomyKind.Person, filter.Person),
                 })
        {
            if (alias is not null && await content.FindTaxonomyAsync(kind, alias, ct) is { } item)
            {
                active.Add((key, item));
            }
        }

        return active;
    }

    private async Task<PageMedia> MediaForAsync(IEnumerable<PublishedItem> items, CancellationToken ct) =>
        new(await content.MediaAsync(items.SelectMany(item => item.MediaIds()), ct));

    private List<LanguageLink> LinksToAll(string culture, Func<string, string> url) =>
        [.. cultures.All.Select(c => new LanguageLink(c, url(c.Code), c.Code == culture))];
}
