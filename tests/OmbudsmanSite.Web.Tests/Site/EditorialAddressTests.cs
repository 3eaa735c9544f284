using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Site;

/// <summary>What the public sees of editorial work: drafts stay private, old addresses move or are gone.</summary>
public sealed class EditorialAddressTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    private static readonly Guid UsDelegation = Guid.Parse("5b0f3c1e-7d2a-4e61-9a0b-3f1c2d4e5a05");
    private static readonly Guid Ipu = Guid.Parse("5b0f3c1e-7d2a-4e61-9a0b-3f1c2d4e5a01");

    [Fact]
    public async Task A_saved_draft_stays_off_the_public_page_until_it_is_published()
    {
        var client = factory.CreatePlainClient();
        var path = await PathAsync(UsDelegation, "en");
        var before = (await client.GetPageAsync(path)).H1;

        await factory.EditItemAsync(UsDelegation, v => v.WithCulture("en", v.Culture("en")! with { Title = "A draft title nobody may see yet" }));

        Assert.Equal(before, (await client.GetPageAsync(path)).H1);

        await factory.EditItemAsync(UsDelegation, v => v, "en");

        Assert.Equal("A draft title nobody may see yet", (await client.GetPageAsync(path)).H1);
    }

    [Fact]
    public async Task An_old_address_answers_301_to_the_new_one_and_a_deleted_item_410_in_its_language()
    {
        var client = factory.CreatePlainClient();
        var oldPath = await PathAsync(Ipu, "ru");
        var changed = await factory.Services.GetRequiredService<ContentEditingService>().ChangeSlugAsync(Ipu, "ru", "novyi-adres-vstrechi", SiteFactory.Editor);
        Assert.Equal(OperationStatus.Success, changed.Status);
        await factory.JournalAppliedAsync();

        using var moved = await client.GetAsync(new Uri(oldPath + "?utm=x", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal(oldPath[..(oldPath.LastIndexOf('/') + 1)] + "novyi-adres-vstrechi?utm=x", moved.Headers.Location!.OriginalString);
        Assert.Equal(TimeSpan.FromSeconds(60), moved.Headers.CacheControl?.MaxAge); // kept a minute, never for good: the address may move again
        Assert.Equal(HttpStatusCode.OK, (await client.GetPageAsync(moved.Headers.Location.OriginalString)).Status);

        await factory.Services.GetRequiredService<ContentEditingService>().DeleteAsync(Ipu, SiteFactory.Editor);
        await factory.JournalAppliedAsync();

        var gone = await client.GetPageAsync(oldPath);
        var goneNew = await client.GetPageAsync(moved.Headers.Location.OriginalString);
        Assert.Equal(HttpStatusCode.Gone, gone.Status);
        Assert.Equal(HttpStatusCode.Gone, goneNew.Status);
        Assert.Equal("ru", goneNew.Lang);
        Assert.Equal("Страница удалена", goneNew.H1);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetPageAsync(oldPath + "-never-existed")).Status);

        // Gone and not found are asked again every time: a browser that saw them shows the item once it is back.
        using var goneHeaders = await client.GetAsync(new Uri(oldPath, UriKind.Relative));
        using var notFoundHeaders = await client.GetAsync(new Uri(oldPath + "-never-existed", UriKind.Relative));
        Assert.True(goneHeaders.Headers.CacheControl?.NoCache, "a 410 without no-cache");
        Assert.True(notFoundHeaders.Headers.CacheControl?.NoCache, "a 404 without no-cache");

        await factory.Services.GetRequiredService<ContentEditingService>().RestoreAsync(Ipu, SiteFactory.Editor);
        await factory.JournalAppliedAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.GetPageAsync(moved.Headers.Location.OriginalString)).Status);
    }

    private async Task<string> PathAsync(Guid id, string culture)
    {
        var states = await factory.Services.GetRequiredService<ContentQueries>().StatesAsync(id);
        var urls = factory.Services.GetRequiredService<OmbudsmanSite.Web.Routing.SiteUrls>();
        return urls.Item(culture, Core.Content.DocumentType.Meeting, states!.Cultures.Single(c => c.Culture == culture).Slug);
    }
}
