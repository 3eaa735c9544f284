using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Identity;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Backoffice;

/// <summary>
/// Sessions end on the server: a cookie copied from a browser is refused the moment its session is
/// signed out, and disabling an account, taking a role away or "sign out everywhere" refuses every
/// session of that account on its very next request.
/// </summary>
public sealed class ServerSessionTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task A_copied_session_cookie_is_refused_as_soon_as_its_session_signs_out()
    {
        await BackofficeUsers.CreateAsync(site, "copied.cookie@ombudsman.test", BackofficeRoles.Writer);
        using var browser = new BackofficeBrowser(site);
        var signedIn = await BackofficeUsers.SignInAsync(browser, "copied.cookie@ombudsman.test");
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-backoffice=", StringComparison.Ordinal)).Split(';')[0];

        using var thief = site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://localhost") });
        Assert.Equal(HttpStatusCode.OK, (await GetWithCookieAsync(thief, cookie)).StatusCode);

        await browser.GetAsync("/backoffice");
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PostWithTokenOfLastPageAsync("/backoffice/sign-out", [])).StatusCode);

        var after = await GetWithCookieAsync(thief, cookie);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/backoffice/sign-in", after.Headers.Location!.IsAbsoluteUri ? after.Headers.Location.PathAndQuery : after.Headers.Location.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_out_everywhere_ends_every_session_of_the_account_at_once()
    {
        await BackofficeUsers.CreateAsync(site, "kamran.writer@ombudsman.test", BackofficeRoles.Writer);
        using var laptop = new BackofficeBrowser(site);
        using var phone = new BackofficeBrowser(site);
        await BackofficeUsers.SignInAsync(laptop, "kamran.writer@ombudsman.test");
        await BackofficeUsers.SignInAsync(phone, "kamran.writer@ombudsman.test");
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("/backoffice")).StatusCode);

        await laptop.SubmitAsync("/backoffice", new Dictionary<string, string> { ["everywhere"] = "true" }, action: "/backoffice/sign-out");

        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync("/backoffice")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await laptop.GetAsync("/backoffice")).StatusCode);
    }

    [Fact]
    public async Task Disabling_an_account_or_taking_a_role_away_refuses_its_sessions_at_their_next_request()
    {
        var disabled = await BackofficeUsers.CreateAsync(site, "to.disable@ombudsman.test", BackofficeRoles.Writer);
        var demoted = await BackofficeUsers.CreateAsync(site, "to.demote@ombudsman.test", BackofficeRoles.Editor);
        var kept = await BackofficeUsers.CreateAsync(site, "to.keep@ombudsman.test", BackofficeRoles.Writer);
        using var disabledBrowser = new BackofficeBrowser(site);
        using var demotedBrowser = new BackofficeBrowser(site);
        using var keptBrowser = new BackofficeBrowser(site);
        await BackofficeUsers.SignInAsync(disabledBrowser, disabled.Email!);
        await BackofficeUsers.SignInAsync(demotedBrowser, demoted.Email!);
        await BackofficeUsers.SignInAsync(keptBrowser, kept.Email!);
        Assert.All(await Task.WhenAll(disabledBrowser.GetAsync("/backoffice"), demotedBrowser.GetAsync("/backoffice")), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));

        var administrator = new ActingUser("test:admin", "Administrator (test)") { Rights = EditorialRights.ForRoles([BackofficeRoles.Administrator], []) };
        using (var scope = site.Services.CreateScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<BackofficeAccounts>();
            Assert.True((await accounts.SetDisabledAsync(disabled.Id, true, administrator)).Succeeded);
            Assert.True((await accounts.UpdateAsync(demoted.Id, new AccountChanges(demoted.DisplayName, [BackofficeRoles.Writer], [], null), administrator)).Succeeded);
            Assert.True((await accounts.UpdateAsync(kept.Id, new AccountChanges("A new name", [BackofficeRoles.Writer, BackofficeRoles.Editor], [], null), administrator)).Succeeded);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await disabledBrowser.GetAsync("/backoffice")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await demotedBrowser.GetAsync("/backoffice")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await keptBrowser.GetAsync("/backoffice")).StatusCode); // a right added ends nothing
    }

    private static async Task<HttpResponseMessage> GetWithCookieAsync(HttpClient client, string cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/backoffice");
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }
}
