using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Routing;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Web.Routing.Pages;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Site;

/// <summary>What a route resolves to, before anything renders: a page model with its frame, a move, gone or not found.</summary>
public sealed class PageResolverTests(SiteFactory factory) : IClassFixture<SiteFactory>
{
    private static readonly Guid Report = Guid.Parse("0e5a1f00-0000-4000-8000-000000000002");

    [Fact]
    public async Task An_items_route_resolves_to_its_page_with_breadcrumbs_language_links_canonical_address_and_description()
    {
        var found = await ResolveAsync("/en/reports/test-annual-report-2024");

        Assert.Equal(PageOutcome.Found, found.Outcome);
        var page = found.Page!;
        Assert.Equal(("Test annual report 2024", "/en/reports/test-annual-report-2024", false), (page.Title, page.CanonicalPath, page.NoIndex));
        Assert.Equal(["Home", "Reports", "Test annual report 2024"], page.Trail.Select(c => c.Text));
        Assert.Equal(["/en", "/en/reports", null], page.Trail.Select(c => c.Url));
        Assert.Equal(["az", "en", "ru"], page.Languages.Select(l => l.Culture.Code));
        Assert.True(page.Languages.Single(l => l.Culture.Code == "en").IsCurrent);
        Assert.False(string.IsNullOrEmpty(page.Description));
        Assert.Equal(DocumentType.Report, page.Item!.Item.Type);
        Assert.Equal(Section.Reports, page.Section);
    }

    [Fact]
    public async Task Lists_search_and_the_home_page_carry_their_robots_flags_and_canonical_addresses()
    {
        var list = (await ResolveAsync("/en/meetings?year=2024&organisation=ohchr")).Page!;
        Assert.True(list.NoIndex); // a combination of filters is no landing page
        Assert.Null(list.CanonicalPath);
        var landing = (await ResolveAsync("/en/meetings?organisation=ohchr")).Page!;
        Assert.False(landing.NoIndex);
        Assert.Equal("/en/meetings?organisation=ohchr", landing.CanonicalPath);
        var search = (await ResolveAsync("/en/search?q=ombudsman")).Page!;
        Assert.Equal((true, "/en/search"), (search.NoIndex, search.CanonicalPath));
        Assert.NotNull((await ResolveAsync("/ru")).Page!.Home);
        var pastTheEnd = await ResolveAsync("/en/meetings?page=99");
        Assert.Equal((PageOutcome.Moved, false, "/en/meetings"), (pastTheEnd.Outcome, pastTheEnd.Permanent, pastTheEnd.Location));
    }

    [Fact]
    public async Task An_old_address_resolves_to_its_items_new_one_a_deleted_items_to_gone_and_an_unknown_one_to_not_found()
    {
        var editing = factory.Services.GetRequiredService<ContentEditingService>();
        var old = (await factory.Services.GetRequiredService<ContentQueries>().StatesAsync(Report))!.Cultures.Single(c => c.Culture == "ru").Slug;
        Assert.True((await editing.ChangeSlugAsync(Report, "ru", "doklad-2024", SiteFactory.Editor)).Succeeded);
        await factory.JournalAppliedAsync();
        var moved = await ResolveAsync("/ru/doklady/" + old);
        Assert.Equal((PageOutcome.Moved, true, "/ru/doklady/doklad-2024"), (moved.Outcome, moved.Permanent, moved.Location));

        Assert.Equal(PageOutcome.NotFound, (await ResolveAsync("/en/reports/no-such-report")).Outcome);
        var id = await factory.CreateNewsAsync(new Dictionary<string, string> { ["en"] = "Resolver news to delete" }, ["en"]);
        Assert.True((await editing.DeleteAsync(id, SiteFactory.Editor)).Succeeded);
        await factory.JournalAppliedAsync();
        var gone = await ResolveAsync("/en/news/resolver-news-to-delete");
        Assert.Equal(PageOutcome.Gone, gone.Outcome);
        Assert.False(gone.Page!.HasAlternates);
    }

    private async Task<PageResolution> ResolveAsync(string address)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");
        var uri = new Uri("http://localhost" + address);
        var route = factory.Services.GetRequiredService<SiteRouter>().Parse(uri.AbsolutePath)!;
        using var scope = factory.Services.CreateScope();
        var query = new QueryCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(uri.Query));
        return await scope.ServiceProvider.GetRequiredService<PageResolver>().ResolveAsync(route, query);
    }
}
