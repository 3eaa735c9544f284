using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.Extensions.Options;
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
    public const string SitemapPath = "/sitemap.xml";

    /// <summary>One page in every language it has; <paramref name="Modified"/>, for an item, each language's last change.</summary>
    private sealed record SitemapEntry(IReadOnlyList<(CultureDefinition Culture, string Url)> Alternates, IReadOnlyList<DateTime>? Modified)
    {
        public DateTime? LastModified => Modified?.Max();
    }

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
        endpoints.MapGet(SitemapPath, SitemapIndexAsync).AsPublicPage();
        endpoints.MapGet("/sitemaps/{number:int}.xml", SitemapFileAsync).AsPublicPage();
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

        robots.Append(CultureInfo.InvariantCulture, $"Disallow: {SiteUrls.ApiPrefix}\nAllow: /\nSitemap: {urls.Absolute(request, SitemapPath)}\n");
        return Results.Text(robots.ToString(), "text/plain", Encoding.UTF8);
    }

    /// <summary>
    /// The sitemap index: one file per <see cref="SitemapOptions.MaxUrlsPerFile"/> URLs, each with the
    /// last change of the items in it, so a crawler refetches only the files that changed.
    /// </summary>
    private static async Task<IResult> SitemapIndexAsync(HttpRequest request, IPublishedContent content, SiteCultures cultures, SiteUrls urls, IOptions<SitemapOptions> options)
    {
        var files = SplitIntoFiles(await SitemapEntriesAsync(content, cultures, urls, request.HttpContext.RequestAborted), options.Value);
        return Xml(writer =>
        {
            writer.WriteStartElement("sitemapindex", SitemapNamespace);
            for (var n = 1; n <= files.Count; n++)
            {
                writer.WriteStartElement("sitemap", SitemapNamespace);
                writer.WriteElementString("loc", SitemapNamespace, urls.Absolute(request, SitemapFilePath(n)));
                if (files[n - 1].Max(entry => entry.LastModified) is { } modified)
                {
                    writer.WriteElementString("lastmod", SitemapNamespace, W3cDate(modified));
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }, "application/xml");
    }

    private static async Task<IResult> SitemapFileAsync(int number, HttpRequest request, IPublishedContent content, SiteCultures cultures, SiteUrls urls, IOptions<SitemapOptions> options)
    {
        var files = SplitIntoFiles(await SitemapEntriesAsync(content, cultures, urls, request.HttpContext.RequestAborted), options.Value);
        if (number < 1 || number > files.Count)
        {
            return Results.NotFound();
        }

        return Xml(writer =>
        {
            writer.WriteStartElement("urlset", SitemapNamespace);
            writer.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
            foreach (var entry in files[number - 1])
            {
                for (var i = 0; i < entry.Alternates.Count; i++)
                {
                    WriteUrl(writer, request, urls, entry.Alternates[i].Url, entry.Modified?[i], entry.Alternates);
                }
            }

            writer.WriteEndElement();
        }, "application/xml");
    }

    public static string SitemapFilePath(int number) => string.Create(CultureInfo.InvariantCulture, $"/sitemaps/{number}.xml");

    /// <summary>
    /// Every page the sitemap offers, as one entry per page with its addresses in each language: home and
    /// sections (every language), lists narrowed by one filter, then every published item.
    /// </summary>
    private static async Task<List<SitemapEntry>> SitemapEntriesAsync(IPublishedContent content, SiteCultures cultures, SiteUrls urls, CancellationToken cancellationToken)
    {
        var entries = new List<SitemapEntry>();
        var everywhere = new List<Func<string, string>> { urls.Home };
        everywhere.AddRange(Sections.Listed.Select(section => (Func<string, string>)(code => urls.Section(code, section))));
        entries.AddRange(everywhere.Select(page => new SitemapEntry([.. cultures.All.Select(c => (c, page(c.Code)))], null)));
        entries.AddRange((await LandingPagesAsync(content, cultures, urls, cancellationToken)).Select(alternates => new SitemapEntry(alternates, null)));
        foreach (var item in await content.AllPublishedAsync(cancellationToken))
        {
            var alternates = cultures.All
                .Select(c => (Culture: c, Url: urls.Item(c.Code, item)))
                .Where(a => a.Url is not null)
                .Select(a => (a.Culture, a.Url!))
                .ToList();
            if (alternates.Count > 0)
            {
                entries.Add(new SitemapEntry(alternates, [.. alternates.Select(a => item.GetVariant(a.Culture.Code)!.UpdatedUtc)]));
            }
        }

        return entries;
    }

    /// <summary>Consecutive entries into files of at most the configured URLs; a page's languages stay in one file.</summary>
    private static List<List<SitemapEntry>> SplitIntoFiles(List<SitemapEntry> entries, SitemapOptions options)
    {
        var limit = Math.Clamp(options.MaxUrlsPerFile, 3, SitemapOptions.ProtocolMaxUrls);
        var files = new List<List<SitemapEntry>> { new() };
        var count = 0;
        foreach (var entry in entries)
        {
            if (count + entry.Alternates.Count > limit && files[^1].Count > 0)
            {
                files.Add([]);
                count = 0;
            }

            files[^1].Add(entry);
            count += entry.Alternates.Count;
        }

        return files;
    }

    private static string W3cDate(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

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

    private static void WriteUrl(XmlWriter writer, HttpRequest request, SiteUrls urls, string url, DateTime? lastModified, IReadOnlyList<(CultureDefinition Culture, string Url)> alternates)
    {
        writer.WriteStartElement("url", SitemapNamespace);
        writer.WriteElementString("loc", SitemapNamespace, urls.Absolute(request, url));
        if (lastModified is { } modified)
        {
            writer.WriteElementString("lastmod", SitemapNamespace, W3cDate(modified));
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
        // Readers' dates: a change note moves an entry, a minor change does not (GOV.UK).
        var updated = items.Count > 0 ? items.Max(i => FeedUpdated(i.GetVariant(definition.Code)!)) : context.Clock.UtcNow;

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
                writer.WriteElementString("updated", AtomNamespace, Rfc3339(FeedUpdated(variant)));
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

    private static DateTime FeedUpdated(PublishedVariant variant) => variant.PublicModifiedUtc ?? variant.UpdatedUtc;

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
