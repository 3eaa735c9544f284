using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Backoffice;

/// <summary>The pages around the editor: creating an item (a plain form), the editor's page and its circuit hub.</summary>
public sealed class EditorPagesTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task A_new_item_needs_only_a_title_and_opens_in_the_editor()
    {
        using var browser = await SignedInAsync("new.writer@ombudsman.test", BackofficeRoles.Writer);
        await browser.GetAsync("/backoffice/content/meeting");
        Assert.Contains("href=\"/backoffice/content/meeting/new\"", browser.LastPage, StringComparison.Ordinal);

        var empty = await browser.SubmitAsync("/backoffice/content/meeting/new", new Dictionary<string, string> { ["title"] = " ", ["culture"] = "en" }, formName: "new-content");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Contains("<a href=\"#title\">", browser.LastPage, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"title-error\"", browser.LastPage, StringComparison.Ordinal);
        Assert.Contains("<option value=\"en\" selected", browser.LastPage, StringComparison.Ordinal); // what she chose stays

        var created = await browser.SubmitAsync("/backoffice/content/meeting/new", new Dictionary<string, string> { ["title"] = "Meeting with the Bar Association", ["culture"] = "en" }, formName: "new-content");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var location = PathOf(created.Headers.Location!);
        Assert.Matches("^/backoffice/content/[0-9a-f-]{36}\\?culture=en$", location);
        var id = Guid.Parse(location.Split('/')[3][..36]);
        var states = await site.Services.GetRequiredService<ContentQueries>().StatesAsync(id);
        Assert.Equal("Meeting with the Bar Association", Assert.Single(states!.Cultures).Title);

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(location)).StatusCode);
        Assert.Contains("<h1 class=\"editor-title\"><span class=\"visually-hidden\">Editing: </span><span lang=\"en\">Meeting with the Bar Association</span></h1>", browser.LastPage, StringComparison.Ordinal);
        Assert.Contains("<!--Blazor:", browser.LastPage, StringComparison.Ordinal); // the editor's circuit marker
        Assert.Contains("src=\"/_framework/blazor.web.js\"", browser.LastPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_editor_of_an_unknown_item_is_not_found_and_signed_out_visitors_are_sent_to_sign_in()
    {
        using var browser = await SignedInAsync("new.editor@ombudsman.test", BackofficeRoles.Editor);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/backoffice/content/{Guid.NewGuid():D}")).StatusCode);
        Assert.Contains("<h1>There is no such page in the backoffice.</h1>", browser.LastPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/backoffice/content/recipes/new")).StatusCode);
        Assert.Contains("<h1>There is no such page in the backoffice.</h1>", browser.LastPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/backoffice/content/recipes")).StatusCode);
        Assert.Contains("<h1>There is no such page in the backoffice.</h1>", browser.LastPage, StringComparison.Ordinal);

        using var anonymous = new BackofficeBrowser(site);
        var redirected = await anonymous.GetAsync($"/backoffice/content/{Guid.NewGuid():D}");
        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.StartsWith("/backoffice/sign-in", PathOf(redirected.Headers.Location!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_circuit_hub_is_never_cached_nor_indexed()
    {
        using var client = site.CreatePlainClient();
        using var negotiate = await client.PostAsync(new Uri("/_blazor/negotiate?negotiateVersion=1", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, negotiate.StatusCode);
        Assert.Equal("no-store", negotiate.Headers.CacheControl?.ToString());
        Assert.Contains("noindex", negotiate.Headers.GetValues("X-Robots-Tag").Single(), StringComparison.Ordinal);
    }

    private static string PathOf(Uri location) => location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;

    private async Task<BackofficeBrowser> SignedInAsync(string email, string role)
    {
        await BackofficeUsers.CreateAsync(site, email, role);
        var browser = new BackofficeBrowser(site);
        Assert.Equal(HttpStatusCode.Redirect, (await BackofficeUsers.SignInAsync(browser, email)).StatusCode);
        return browser;
    }
}
