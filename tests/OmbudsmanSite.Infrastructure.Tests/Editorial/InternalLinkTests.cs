using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Routing;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Infrastructure.Tests.Support;

namespace OmbudsmanSite.Infrastructure.Tests.Editorial;

/// <summary>Links to the site's own items, kept by id: what the sanitiser lets through, and the one-off conversion of stored bodies.</summary>
public sealed class InternalLinkTests
{
    [Fact]
    public void The_sanitiser_keeps_an_internal_link_by_id_and_drops_anything_else_in_that_scheme()
    {
        var id = Guid.NewGuid();
        var clean = new HtmlBodySanitizer().Sanitize($"<p><a href=\"item:{id:D}\">ok</a> <a href=\"item:../../etc\">bad</a> <img src=\"item:{id:D}\" alt=\"x\"></p>", out _);
        Assert.Contains($"<a href=\"item:{id:D}\">ok</a>", clean, StringComparison.Ordinal);
        Assert.DoesNotContain("etc", clean, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=\"item:", clean, StringComparison.Ordinal);
        Assert.Equal([id], InternalLink.IdsIn(clean));
    }

    [Fact]
    public async Task Stored_links_to_the_sites_own_addresses_become_links_by_id_old_addresses_included_and_others_stay()
    {
        var site = await TestSite.CreateSqliteAsync();
        var target = await site.CreateAsync(DocumentType.Meeting, new Dictionary<string, string> { ["az"] = "Hədəf görüş", ["en"] = "Target meeting" }, publish: ["az", "en"]);
        var english = (await site.Queries.StatesAsync(target))!.Cultures.Single(c => c.Culture == "en").Slug;
        var path = new SiteRouter(site.Cultures).PathOf(SiteRoute.ForItem("en", DocumentType.Meeting, english));
        Assert.Equal(OperationStatus.Success, (await site.Editing.ChangeSlugAsync(target, "en", "renamed-meeting", TestSite.Tester)).Status); // the old address is now a redirect
        var body = $"<p><a href=\"{path}\">relative</a>, <a href=\"https://ombudsman.az{path}\">absolute</a>, " +
            $"<a href=\"https://example.org{path}\">another site</a>, <a href=\"/en/meetings/no-such-meeting\">unknown</a>, <a href=\"{path}#part\">a fragment</a></p>";
        var linking = await site.CreateAsync(DocumentType.NewsArticle, new Dictionary<string, string> { ["en"] = "Linking news" }, publish: ["en"],
            shape: v => v with { Cultures = new Dictionary<string, CultureValues> { ["en"] = new() { Title = "Linking news", BodyHtml = body } } });

        await using var db = await site.Contexts.CreateDbContextAsync();
        Assert.Equal(1, await new InternalLinkConversion(site.Cultures, "ombudsman.az").RunAsync(db, CancellationToken.None));

        var converted = (await site.Queries.ValuesAsync(linking))!.Culture("en")!.BodyHtml;
        var href = $"href=\"{InternalLink.HrefOf(target)}\"";
        Assert.Contains($"<a {href}>relative</a>", converted, StringComparison.Ordinal);
        Assert.Contains($"<a {href}>absolute</a>", converted, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"https://example.org{path}\">another site</a>", converted, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/en/meetings/no-such-meeting\">unknown</a>", converted, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{path}#part\">a fragment</a>", converted, StringComparison.Ordinal);
        var live = (await site.Published.FindBySlugAsync(DocumentType.NewsArticle, "en", (await site.Queries.StatesAsync(linking))!.Cultures.Single().Slug))!;
        Assert.Contains($"<a {href}>relative</a>", live.GetVariant("en")!.BodyHtml, StringComparison.Ordinal); // the live text too
        Assert.Equal(0, await new InternalLinkConversion(site.Cultures, "ombudsman.az").RunAsync(db, CancellationToken.None)); // once is enough
    }
}
