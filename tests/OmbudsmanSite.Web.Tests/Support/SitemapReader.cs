using System.Xml.Linq;

namespace OmbudsmanSite.Web.Tests.Support;

/// <summary>Reads the sitemap as a crawler does: the index at /sitemap.xml, then every file it names.</summary>
public static class SitemapReader
{
    public static readonly XNamespace Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>The index's file addresses (absolute, as written).</summary>
    public static async Task<IReadOnlyList<string>> FilesAsync(HttpClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        var index = XDocument.Parse(await client.GetStringAsync(new Uri("/sitemap.xml", UriKind.Relative)));
        Assert.Equal(Namespace + "sitemapindex", index.Root!.Name);
        return [.. index.Root.Elements(Namespace + "sitemap").Select(s => s.Element(Namespace + "loc")!.Value)];
    }

    /// <summary>Every &lt;url&gt; of every file, in order.</summary>
    public static async Task<IReadOnlyList<XElement>> UrlsAsync(HttpClient client)
    {
        var urls = new List<XElement>();
        foreach (var file in await FilesAsync(client))
        {
            var document = XDocument.Parse(await client!.GetStringAsync(new Uri(new Uri(file).PathAndQuery, UriKind.Relative)));
            Assert.Equal(Namespace + "urlset", document.Root!.Name);
            urls.AddRange(document.Root.Elements(Namespace + "url"));
        }

        return urls;
    }

    /// <summary>Every page address the sitemap lists.</summary>
    public static async Task<IReadOnlyList<string>> LocationsAsync(HttpClient client) =>
        [.. (await UrlsAsync(client)).Select(u => u.Element(Namespace + "loc")!.Value)];
}
