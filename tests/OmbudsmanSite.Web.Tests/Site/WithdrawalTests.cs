using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Web.Routing;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Site;

/// <summary>
/// A withdrawn item in every output: its page stays with the notice and JSON-LD marks it; lists,
/// feeds and default search leave it out; search finds it when asked; the sitemap keeps its page;
/// the API marks it and lists it only when asked. Undoing it lists it again.
/// </summary>
public sealed class WithdrawalTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task A_withdrawn_item_keeps_its_page_with_the_notice_and_leaves_lists_feeds_and_default_search()
    {
        var id = await site.CreateNewsAsync(new Dictionary<string, string> { ["en"] = "Zanzibarian guidance on prison visits", ["az"] = "Həbsxanaya səfərlər üzrə zanzibar təlimatı" }, ["en", "az"]);
        var item = await site.Services.GetRequiredService<IPublishedContent>().FindAsync(id);
        var page = site.Services.GetRequiredService<SiteUrls>().Item("en", item!)!;
        using var client = site.CreatePlainClient();
        Assert.True(await Eventually.TrueAsync(async () => (await client.GetStringAsync(new Uri("/en/news", UriKind.Relative))).Contains("Zanzibarian guidance", StringComparison.Ordinal)));
        // Indexed first, so that its leaving the default search below is the withdrawal's doing.
        Assert.True(await Eventually.TrueAsync(async () => (await client.GetStringAsync(new Uri("/en/search?q=zanzibarian", UriKind.Relative))).Contains("Zanzibarian", StringComparison.Ordinal)));

        var withdrawal = site.Services.GetRequiredService<ContentWithdrawalService>();
        var refused = await withdrawal.WithdrawAsync(id, new Dictionary<string, string?> { ["en"] = "Replaced by the 2026 guidance." }, SiteFactory.Editor);
        Assert.Equal(["az.withdrawal"], refused.Errors.Select(e => e.Field)); // every live language explains it
        Assert.True((await withdrawal.WithdrawAsync(id, new Dictionary<string, string?>
        {
            ["en"] = "Replaced by the 2026 guidance.",
            ["az"] = "2026-cı il təlimatı ilə əvəz olunub.",
        }, SiteFactory.Editor)).Succeeded);

        // The page stays, with the notice under the title; JSON-LD says it is withdrawn.
        Assert.True(await Eventually.TrueAsync(async () => (await client.GetStringAsync(new Uri(page, UriKind.Relative))).Contains("withdrawn-notice", StringComparison.Ordinal)));
        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri(page, UriKind.Relative)));
        Assert.Contains("This was withdrawn on", html, StringComparison.Ordinal);
        Assert.Contains("<p>Replaced by the 2026 guidance.</p>", html, StringComparison.Ordinal);
        Assert.Contains("\"creativeWorkStatus\":\"Withdrawn\"", html, StringComparison.Ordinal);

        // Lists, feeds and default search leave it out; search finds it when asked, marked.
        Assert.DoesNotContain("Zanzibarian guidance", await client.GetStringAsync(new Uri("/en/news", UriKind.Relative)), StringComparison.Ordinal);
        Assert.DoesNotContain("Zanzibarian guidance", await client.GetStringAsync(new Uri("/en/news/feed.xml", UriKind.Relative)), StringComparison.Ordinal);
        Assert.DoesNotContain("Zanzibarian guidance", await client.GetStringAsync(new Uri("/en/feed.xml", UriKind.Relative)), StringComparison.Ordinal);
        Assert.True(await Eventually.TrueAsync(async () => !(await client.GetStringAsync(new Uri("/en/search?q=zanzibarian", UriKind.Relative))).Contains("Zanzibarian", StringComparison.Ordinal)));
        var asked = "";
        Assert.True(await Eventually.TrueAsync(async () => (asked = await client.GetStringAsync(new Uri("/en/search?q=zanzibarian&withdrawn=1", UriKind.Relative))).Contains("<strong>Withdrawn</strong>", StringComparison.Ordinal)));
        Assert.Contains($"href=\"{page}\"", asked, StringComparison.Ordinal);
        Assert.Contains("<strong>Withdrawn</strong>", asked, StringComparison.Ordinal);
        Assert.Contains("id=\"search-withdrawn\" name=\"withdrawn\" type=\"checkbox\" value=\"1\" checked", asked, StringComparison.Ordinal);

        // The sitemap keeps the page: its address still answers, with the notice.
        Assert.Contains("http://localhost" + page, await SitemapReader.LocationsAsync(client));

        // The API marks the item, and lists it only when asked.
        using (var one = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/v1/content/{id}?culture=en", UriKind.Relative))))
        {
            var withdrawn = one.RootElement.GetProperty("withdrawn");
            Assert.Equal("Replaced by the 2026 guidance.", withdrawn.GetProperty("explanation").GetString());
            Assert.True(withdrawn.GetProperty("dateUtc").GetDateTime() > DateTime.UtcNow.AddMinutes(-5));
        }

        Assert.DoesNotContain(id.ToString("D"), await client.GetStringAsync(new Uri("/api/v1/content?culture=en&type=newsArticle&take=100", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Contains(id.ToString("D"), await client.GetStringAsync(new Uri("/api/v1/content?culture=en&type=newsArticle&take=100&withdrawn=true", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(new Uri("/api/v1/content?culture=en&withdrawn=maybe", UriKind.Relative))).StatusCode);

        // Undone, it is listed again and the notice goes.
        Assert.True((await withdrawal.UndoAsync(id, SiteFactory.Editor)).Succeeded);
        Assert.True(await Eventually.TrueAsync(async () => (await client.GetStringAsync(new Uri("/en/news", UriKind.Relative))).Contains("Zanzibarian guidance", StringComparison.Ordinal)));
        Assert.DoesNotContain("withdrawn-notice", await client.GetStringAsync(new Uri(page, UriKind.Relative)), StringComparison.Ordinal);
    }
}
