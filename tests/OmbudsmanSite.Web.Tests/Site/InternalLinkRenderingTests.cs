using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Localization;
using OmbudsmanSite.Core.Routing;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Site;

/// <summary>
/// A body's link to an item of the site is rendered for the reader's language, follows the item's
/// address, falls back to the default language with hreflang, and turns into plain words when the
/// item is not live anywhere.
/// </summary>
public sealed class InternalLinkRenderingTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task A_link_by_id_follows_its_item_its_language_and_never_dies()
    {
        var target = await factory.CreateNewsAsync(new Dictionary<string, string> { ["az"] = "Keçidin hədəfi" }, ["az"]);
        var linking = await factory.CreateNewsAsync(new Dictionary<string, string> { ["az"] = "Keçid verən xəbər", ["en"] = "Linking news" }, ["az", "en"]);
        await factory.EditItemAsync(linking, v => v with
        {
            Cultures = v.Cultures.ToDictionary(c => c.Key, c => c.Value with { BodyHtml = $"<p>See <a href=\"{InternalLink.HrefOf(target)}\">the <strong>target</strong></a>.</p>" }),
        }, "az", "en");
        var client = factory.CreatePlainClient();
        var english = await PathAsync(linking, "en");
        var azerbaijani = await PathAsync(linking, "az");

        var link = (await client.GetPageAsync(english)).Document.QuerySelector(".item__body a")!;
        Assert.Equal(await PathAsync(target, "az"), link.GetAttribute("href")); // no English text: the default language's page
        Assert.Equal("az", link.GetAttribute("hreflang"));
        var own = (await client.GetPageAsync(azerbaijani)).Document.QuerySelector(".item__body a")!;
        Assert.Null(own.GetAttribute("hreflang"));

        Assert.Equal(OperationStatus.Success, (await factory.Services.GetRequiredService<ContentEditingService>().ChangeSlugAsync(target, "az", "yeni-hedef", SiteFactory.Editor)).Status);
        await factory.JournalAppliedAsync();
        Assert.EndsWith("/yeni-hedef", (await client.GetPageAsync(english)).Document.QuerySelector(".item__body a")!.GetAttribute("href"), StringComparison.Ordinal);

        await factory.UnpublishItemAsync(target, "az");
        var body = (await client.GetPageAsync(english)).Document.QuerySelector(".item__body")!;
        Assert.Null(body.QuerySelector("a"));
        Assert.Equal("See the target.", body.TextContent.Trim());
        Assert.NotNull(body.QuerySelector("strong")); // its formatting stays
    }

    private async Task<string> PathAsync(Guid id, string culture)
    {
        var states = (await factory.Services.GetRequiredService<ContentQueries>().StatesAsync(id))!;
        return factory.Services.GetRequiredService<SiteRouter>().PathOf(SiteRoute.ForItem(culture, states.Type, states.Cultures.Single(c => c.Culture == culture).Slug));
    }
}
