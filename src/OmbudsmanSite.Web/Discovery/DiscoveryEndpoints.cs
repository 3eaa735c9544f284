using System.Globalization;
using System.Text;
using System.Xml;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Core.Routing;
using OmbudsmanSite.Web.Caching;
using OmbudsmanSite.Web.Localization;
using OmbudsmanSite.Web.Routing;

namespace OmbudsmanSite.Web.Discovery;

/// <summary>What search engines and feed readers ask for: sitemap.xml, robots.txt, Atom feeds.</summary>
public static class DiscoveryEndpoints
{
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";
    private const int FeedEntries = 20;
    private const string FaviconFileName = "favicon.ico";

    public static IEndpointRouteBuilder MapDiscovery(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/robots.txt", Robots).AsPublicPage();
        endpoints.MapGet("/" + FaviconFileName, (IWebHostEnvironment environment, HttpContext context) =>
        {
            // Its URL is fixed by convention, so it is cached for a year but revalidated by its ETag afterwards.
            context.Response.Headers.CacheControl = "public, max-age=31536000";
            var file = environment.WebRootFileProvider.GetFileInfo(FaviconFileName);
            return file.Exists
                ? Results.File(file.PhysicalPath!, "image/x-icon", lastModified: file.LastModified,
                    entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{file.Length:x}-{file.LastModified.ToUnixTimeSeconds():x}\""))
                : Results.NotFound();
        });
        endpoints.MapGet("/sitemap.xml", SitemapAsync).AsPublicPage();
        endpoints.MapGet("/{culture}/" + SiteUrls.FeedFileName, (HttpRequest request, string culture, FeedContext context) =>
                FeedAsync(request, culture, null, context))
            .AsPublicPage();
        endpoints.MapGet("/{culture}/{section}/" + SiteUrls.FeedFileName, (HttpRequest request, string culture, string section, FeedContext context) =>
                FeedAsync(request, culture, section, context))
            .AsPublicPage();
        return endpoints;
    }

    /// <summary>
    /// Search result pages are endless combinations of words and facets: no crawler is let in. Lists,
    /// with one filter at most, are what the sitemap offers instead.
    /// </summary>
    private static IResult Robots(HttpRequest request, SiteUrls urls, SiteCultures cultures)
    {
        var robots = new StringBuilder("User-agent: *\n");
        foreach (var culture in cultures.All)
        {
            var search = urls.Search(culture.Code);
            robots.Append(CultureInfo.InvariantCulture, $"Disallow: {search}$\nDisallow: {search}?\n");
        }

        robots.Append(CultureInfo.InvariantCulture, $"Disallow: {SiteUrls.ApiPrefix}\nAllow: /\nSitemap: {urls.Absolute(request, "/sitemap.xml")}\n");
        return Results.Text(robots.ToString(), "text/plain", Encoding.UTF8);
    }

    private static async Task<IResult> SitemapAsync(HttpRequest request, IPublishedContent content, SiteCultures cultures, SiteUrls urls)
    {
        var items = await content.AllPublishedAsync(request.HttpContext.RequestAborted);
        var landingPages = await LandingPagesAsync(content, cultures, urls, request.HttpContext.RequestAborted);
        return Xml(writer =>
        {
            writer.WriteStartElement("urlset", SitemapNamespace);
            writer.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);

            // Home and section pages exist in every language.
            var everywhere = new List<Func<string, string>> { urls.Home };
            everywhere.AddRange(Sections.Listed.Select(section => (Func<string, string>)(code => urls.Section(code, section))));
            foreach (var page in everywhere)
            {
                var alternates = cultures.All.Select(c => (c, page(c.Code))).ToList();
                foreach (var (_, url) in alternates)
                {
                    WriteUrl(writer, request, urls, cultures, url, null, alternates);
                }
            }

            foreach (var alternates in landingPages)
            {
                foreach (var (_, url) in alternates)
                {
                    WriteUrl(writer, request, urls, cultures, url, null, alternates);
                }
            }

            foreach (var item in items)
            {
                var alternates = cultures.All
                    .Select(c => (Culture: c, Url: urls.Item(c.Code, item)))
                    .Where(a => a.Url is not null)
                    .Select(a => (a.Culture, a.Url!))
                    .ToList();
                foreach (var (culture, url) in alternates)
                {
                    WriteUrl(writer, request, urls, cultures, url, item.GetVariant(culture.Code)!.UpdatedUtc, alternates);
                }
            }

            writer.WriteEndElement();
        }, "application/xml");
    }

    /// <summary>
    /// Every list narrowed to one year, topic, organisation or person that has items, with the same
    /// list in the other languages that have items for it as alternates.
    /// </summary>
    private static async Task<List<List<(CultureDefinition Culture, string Url)>>> LandingPagesAsync(
        IPublishedContent content, SiteCultures cultures, SiteUrls urls, CancellationToken cancellationToken)
    {
        var pages = new List<List<(CultureDefinition, string)>>();
        foreach (var section in Sections.Listed)
        {
            var filtersByCulture = new Dictionary<ContentFilter, List<(CultureDefinition, string)>>();
            foreach (var culture in cultures.All)
            {
                var facets = await content.FacetsAsync(Sections.DocumentTypeOf(section), culture.Code, cancellationToken);
                IEnumerable<ContentFilter> filters =
                [
                    .. facets.Years.Select(year => new ContentFilter(Year: year)),
                    .. facets.Topics.Select(topic => new ContentFilter(Topic: topic.Alias)),
                    .. facets.Organisations.Select(organisation => new ContentFilter(Organisation: organisation.Alias)),
                    .. facets.People.Select(person => new ContentFilter(Person: person.Alias)),
                ];
                foreach (var filter in filters)
                {
                    if (!filtersByCulture.TryGetValue(filter, out var alternates))
                    {
                        filtersByCulture[filter] = alternates = [];
                    }

                    alternates.Add((culture, urls.Section(culture.Code, section, new ListingQuery(filter, 1), 1)));
                }
            }

            pages.AddRange(filtersByCulture.Values);
        }

        return pages;
    }

    private static void WriteUrl(XmlWriter writer, HttpRequest request, SiteUrls urls, SiteCultures cultures, string url, DateTime? lastModified, IReadOnlyList<(CultureDefinition Culture, string Url)> alternates)
    {
        writer.WriteStartElement("url", SitemapNamespace);
        writer.WriteElementString("loc", SitemapNamespace, urls.Absolute(request, url));
        if (lastModified is { } modified)
        {
            writer.WriteElementString("lastmod", SitemapNamespace, modified.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        }

        foreach (var (culture, alternate) in alternates)
        {
            WriteAlternate(writer, culture.Code, urls.Absolute(request, alternate));
            if (culture.IsDefault)
            {
                WriteAlternate(writer, "x-default", urls.Absolute(request, alternate));
            }
        }

        writer.WriteEndElement();
    }

    private static void WriteAlternate(XmlWriter writer, string hreflang, string href)
    {
        writer.WriteStartElement("xhtml", "link", XhtmlNamespace);
        writer.WriteAttributeString("rel", "alternate");
        writer.WriteAttributeString("hreflang", hreflang);
        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }

    private static async Task<IResult> FeedAsync(HttpRequest request, string culture, string? sectionSegment, FeedContext context)
    {
        // A feed is the home page's or a section's: the route of the page it follows.
        if (context.Router.Parse(culture, sectionSegment) is not { Kind: SiteRouteKind.Home or SiteRouteKind.Section } route
            || !context.Cultures.TryGet(route.Culture, out var definition))
        {
            return Results.NotFound();
        }

        var section = route.Section;

        var type = section is { } listed ? Sections.DocumentTypeOf(listed) : (DocumentType?)null;
        var items = await context.Content.LatestAsync(definition.Code, type, FeedEntries, request.HttpContext.RequestAborted);
        var uiCulture = context.Cultures.CultureInfoFor(definition.Code);
        var siteName = context.Text.Get("SiteName", uiCulture);
        var title = section is { } named ? $"{context.Text.Get("Section_" + named, uiCulture)} – {siteName}" : siteName;
        var pageUrl = section is { } s ? context.Urls.Section(definition.Code, s) : context.Urls.Home(definition.Code);
        var updated = items.Count > 0 ? items.Max(i => i.GetVariant(definition.Code)!.UpdatedUtc) : context.Clock.UtcNow;

        return Xml(writer =>
        {
            writer.WriteStartElement("feed", AtomNamespace);
            writer.WriteAttributeString("xml", "lang", null, definition.Code);
            writer.WriteElementString("id", AtomNamespace, context.Urls.Absolute(request, context.Urls.Feed(definition.Code, section)));
            writer.WriteElementString("title", AtomNamespace, title);
            writer.WriteElementString("updated", AtomNamespace, Rfc3339(updated));
            WriteLink(writer, "self", context.Urls.Absolute(request, context.Urls.Feed(definition.Code, section)), "application/atom+xml");
            WriteLink(writer, "alternate", context.Urls.Absolute(request, pageUrl), "text/html");
            writer.WriteStartElement("author", AtomNamespace);
            writer.WriteElementString("name", AtomNamespace, siteName);
            writer.WriteEndElement();
            foreach (var item in items)
            {
                var variant = item.GetVariant(definition.Code)!;
                var url = context.Urls.Absolute(request, context.Urls.Item(definition.Code, item)!);
                writer.WriteStartElement("entry", AtomNamespace);
                writer.WriteElementString("id", AtomNamespace, $"urn:uuid:{item.Id}:{definition.Code}");
                writer.WriteElementString("title", AtomNamespace, variant.Title);
                writer.WriteElementString("updated", AtomNamespace, Rfc3339(variant.UpdatedUtc));
                writer.WriteElementString("published", AtomNamespace, Rfc3339(item.DateUtc ?? variant.FirstPublishedUtc ?? item.CreatedUtc));
                WriteLink(writer, "alternate", url, "text/html");
                if (!string.IsNullOrWhiteSpace(variant.Summary))
                {
                    writer.WriteElementString("summary", AtomNamespace, variant.Summary);
                }

                writer.WriteStartElement("content", AtomNamespace);
                writer.WriteAttributeString("type", "html");
                writer.WriteString(variant.BodyHtml);
                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }, "application/atom+xml");
    }

    private static void WriteLink(XmlWriter writer, string rel, string href, string type)
    {
        writer.WriteStartElement("link", AtomNamespace);
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("type", type);
        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }

    private static string Rfc3339(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static IResult Xml(Action<XmlWriter> write, string contentType)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }

        return Results.Bytes(buffer.ToArray(), contentType + "; charset=utf-8");
    }
}

/// <summary>The services a feed needs, bound as one parameter.</summary>
public sealed record FeedContext(IPublishedContent Content, SiteCultures Cultures, SiteRouter Router, SiteUrls Urls, SiteText Text, SiteClock Clock);
