using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Web.Routing;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Site;

/// <summary>
/// A significant publish in every output: the page says "Updated" and lists the notes, JSON-LD's
/// dateModified and the feed entry move, the API returns the notes. A minor publish moves none of them.
/// </summary>
public sealed class ChangeNotesTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task Readers_are_told_of_a_significant_change_and_not_of_a_minor_one()
    {
        var id = await site.CreateNewsAsync(new Dictionary<string, string> { ["en"] = "Quarterly complaints figures" }, ["en"]);
        var item = await site.Services.GetRequiredService<IPublishedContent>().FindAsync(id);
        var page = site.Services.GetRequiredService<SiteUrls>().Item("en", item!)!;
        var firstPublished = item!.GetVariant("en")!.FirstPublishedUtc!.Value;
        using var client = site.CreatePlainClient();

        // Minor: a typo fixed. Nothing readers see moves.
        await Task.Delay(1100); // feeds and JSON-LD carry whole seconds
        await site.EditItemAsync(id, v => v with { Cultures = new Dictionary<string, CultureValues> { ["en"] = v.Cultures["en"] with { Summary = "Complaints by quarter." } } }, "en");
        Assert.True(await Eventually.TrueAsync(async () => (await client.GetStringAsync(new Uri(page, UriKind.Relative))).Contains("Complaints by quarter.", StringComparison.Ordinal)));
        var minor = await client.GetStringAsync(new Uri(page, UriKind.Relative));
        Assert.DoesNotContain("item__updated", minor, StringComparison.Ordinal);
        Assert.DoesNotContain("Updates to this page", minor, StringComparison.Ordinal);
        Assert.Equal(firstPublished, await FeedUpdatedAsync(client, id), TimeSpan.FromSeconds(1));

        // Significant: the figures change, and readers are told.
        await site.EditItemAsync(id, v => v with { Cultures = new Dictionary<string, CultureValues> { ["en"] = v.Cultures["en"] with { BodyHtml = "<p>312 complaints in the third quarter.</p>" } } });
        var published = await site.Services.GetRequiredService<ContentPublishingService>().PublishAsync(id, ["en"], SiteFactory.Editor,
            changeNotes: new Dictionary<string, string?> { ["en"] = "Third-quarter figures added." });
        Assert.True(published.Succeeded);
        var updated = (await site.Services.GetRequiredService<IPublishedContent>().FindAsync(id))!.GetVariant("en")!.PublicUpdatedUtc!.Value;
        Assert.True(await Eventually.TrueAsync(async () => (await client.GetStringAsync(new Uri(page, UriKind.Relative))).Contains("item__updated", StringComparison.Ordinal)));
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri(page, UriKind.Relative)));
        Assert.Contains("<h2 id=\"updates-heading\">Updates to this page</h2>", html, StringComparison.Ordinal);
        Assert.Contains("— Third-quarter figures added.</li>", html, StringComparison.Ordinal);
        Assert.Contains("— First published.</li>", html, StringComparison.Ordinal);
        // To the minute, in Baku time (the offset is escaped in the JSON).
        Assert.Contains($"\"dateModified\":\"{site.Services.GetRequiredService<OmbudsmanSite.Web.Localization.DateFormatter>().Iso(updated)[..16]}", html, StringComparison.Ordinal);
        Assert.Equal(updated, await FeedUpdatedAsync(client, id), TimeSpan.FromSeconds(1));

        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/v1/content/{id}?culture=en", UriKind.Relative)));
        var note = json.RootElement.GetProperty("changeNotes").EnumerateArray().Single();
        Assert.Equal("Third-quarter figures added.", note.GetProperty("note").GetString());
        Assert.Equal(updated, json.RootElement.GetProperty("publicUpdatedUtc").GetDateTime(), TimeSpan.FromSeconds(1));
    }

    /// <summary>The &lt;updated&gt; of the news feed's English entry for item <paramref name="id"/>.</summary>
    private static async Task<DateTime> FeedUpdatedAsync(HttpClient client, Guid id)
    {
        var feed = XDocument.Parse(await client.GetStringAsync(new Uri("/en/news/feed.xml", UriKind.Relative)));
        var entry = feed.Root!.Elements(Atom + "entry").Single(e => e.Element(Atom + "id")!.Value == $"urn:uuid:{id}:en");
        return DateTime.Parse(entry.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal);
    }
}
