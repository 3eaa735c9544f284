using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Identity;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Backoffice;

/// <summary>
/// Passwords are refused by strength with the reason said, only the newest set-password link works,
/// and a change to how one signs in (recovery codes, two-factor, one's own password or address) asks
/// for the password or a code again.
/// </summary>
public sealed partial class AccountSecurityTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static readonly ActingUser Administrator = new("test:admin", "Administrator (test)") { Rights = EditorialRights.ForRoles([BackofficeRoles.Administrator], []) };

    [Theory]
    [InlineData("aaaaaaaaaaaa", "it repeats characters or words")]
    [InlineData("passwordpassword", "it is made of common words or passwords")]
    [InlineData("qwertyuiop12", "it is made of common words or passwords")]
    [InlineData("abcdefghijklmnop", "it follows a sequence")]
    [InlineData("weak.password.owner", "it contains your name or address")]
    public async Task A_password_long_enough_but_easy_to_guess_is_refused_with_the_reason(string password, string reason)
    {
        var email = $"{Guid.NewGuid():N}@ombudsman.test";
        var user = await BackofficeUsers.CreateAsync(site, email, BackofficeRoles.Writer);
        if (password == "weak.password.owner")
        {
            password = email.Split('@')[0] + "2026"; // her own address, with a year
        }

        using var browser = new BackofficeBrowser(site);
        var set = await SetPasswordAsync(browser, await LinkAsync(user), password);
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Contains("aria-invalid=\"true\"", browser.LastPage, StringComparison.Ordinal);
        Assert.Contains($"This password is too easy to guess: {reason}", WebUtility.HtmlDecode(browser.LastPage), StringComparison.Ordinal);
        Assert.Contains("A few unusual words", browser.LastPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_set_password_link_stops_the_older_ones()
    {
        var user = await BackofficeUsers.CreateAsync(site, "two.links@ombudsman.test", BackofficeRoles.Writer);
        var older = await LinkAsync(user);
        var newer = await LinkAsync(user);

        using var browser = new BackofficeBrowser(site);
        Assert.Equal(HttpStatusCode.OK, (await SetPasswordAsync(browser, older, "Bakı bulvarında axşam gəzintisi")).StatusCode);
        Assert.Contains("This link no longer works", browser.LastPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await SetPasswordAsync(browser, newer, "Bakı bulvarında axşam gəzintisi")).StatusCode);
    }

    [Fact]
    public async Task New_recovery_codes_need_the_password_or_a_code_again()
    {
        var (_, admin) = await BackofficeUsers.SignedInAdministratorAsync(site, "codes.again@ombudsman.test");
        using (admin)
        {
            var without = await admin.SubmitAsync("/backoffice/account/two-factor", new Dictionary<string, string>(), formName: "new-codes");
            Assert.Equal(HttpStatusCode.BadRequest, without.StatusCode);
            Assert.Empty(RecoveryCodePattern().Matches(admin.LastPage));
            Assert.Contains("<a href=\"#codes-current\">That password or code is not right.</a>", admin.LastPage, StringComparison.Ordinal);

            var withPassword = await admin.SubmitAsync("/backoffice/account/two-factor", new Dictionary<string, string> { ["currentPassword"] = BackofficeUsers.Password }, formName: "new-codes");
            Assert.Equal(HttpStatusCode.OK, withPassword.StatusCode);
            Assert.Equal(10, RecoveryCodePattern().Count(admin.LastPage));
        }
    }

    [Fact]
    public async Task Her_own_password_changes_only_with_the_current_one_and_ends_her_other_sessions()
    {
        await BackofficeUsers.CreateAsync(site, "own.password@ombudsman.test", BackofficeRoles.Writer);
        using var laptop = new BackofficeBrowser(site);
        using var phone = new BackofficeBrowser(site);
        await BackofficeUsers.SignInAsync(laptop, "own.password@ombudsman.test");
        await BackofficeUsers.SignInAsync(phone, "own.password@ombudsman.test");

        var wrong = await laptop.SubmitAsync("/backoffice/account", new Dictionary<string, string>
        {
            ["currentPassword"] = "not my password", ["newPassword"] = "Təzə və uzun bir parol", ["confirmPassword"] = "Təzə və uzun bir parol",
        }, formName: "change-password");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("That password or code is not right.", laptop.LastPage, StringComparison.Ordinal);

        var weak = await laptop.SubmitAsync("/backoffice/account", new Dictionary<string, string>
        {
            ["currentPassword"] = BackofficeUsers.Password, ["newPassword"] = "passwordpassword", ["confirmPassword"] = "passwordpassword",
        }, formName: "change-password");
        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        Assert.Contains("too easy to guess", laptop.LastPage, StringComparison.Ordinal);

        var changed = await laptop.SubmitAsync("/backoffice/account", new Dictionary<string, string>
        {
            ["currentPassword"] = BackofficeUsers.Password, ["newPassword"] = "Təzə və uzun bir parol", ["confirmPassword"] = "Təzə və uzun bir parol",
        }, formName: "change-password");
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Contains("Your password is changed", laptop.LastPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync("/backoffice")).StatusCode); // this session goes on
        Assert.Equal(HttpStatusCode.Redirect, (await phone.GetAsync("/backoffice")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await BackofficeUsers.SignInAsync(phone, "own.password@ombudsman.test", "Təzə və uzun bir parol")).StatusCode);
    }

    [Fact]
    public async Task Her_own_address_changes_only_with_her_password_and_never_to_one_taken()
    {
        await BackofficeUsers.CreateAsync(site, "taken.address@ombudsman.test", BackofficeRoles.Writer);
        var (_, browser) = await BackofficeUsers.SignedInAsync(site, "old.address@ombudsman.test", BackofficeRoles.Writer);
        using (browser)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await browser.SubmitAsync("/backoffice/account",
                new Dictionary<string, string> { ["newEmail"] = "new.address@ombudsman.test" }, formName: "change-email")).StatusCode);
            Assert.Contains("value=\"new.address@ombudsman.test\"", browser.LastPage, StringComparison.Ordinal); // what she typed stays

            Assert.Equal(HttpStatusCode.BadRequest, (await browser.SubmitAsync("/backoffice/account",
                new Dictionary<string, string> { ["newEmail"] = "taken.address@ombudsman.test", ["currentPassword"] = BackofficeUsers.Password }, formName: "change-email")).StatusCode);
            Assert.Contains("Another account already has this address.", browser.LastPage, StringComparison.Ordinal);

            var changed = await browser.SubmitAsync("/backoffice/account",
                new Dictionary<string, string> { ["newEmail"] = "new.address@ombudsman.test", ["currentPassword"] = BackofficeUsers.Password }, formName: "change-email");
            Assert.True(changed.StatusCode == HttpStatusCode.OK, $"{changed.StatusCode}: {browser.LastPage}");
            Assert.Contains("Your address is now new.address@ombudsman.test", browser.LastPage, StringComparison.Ordinal);
        }

        using var withNew = new BackofficeBrowser(site);
        Assert.Equal(HttpStatusCode.Redirect, (await BackofficeUsers.SignInAsync(withNew, "new.address@ombudsman.test")).StatusCode);
        using var withOld = new BackofficeBrowser(site);
        var old = await BackofficeUsers.SignInAsync(withOld, "old.address@ombudsman.test");
        Assert.True(old.StatusCode == HttpStatusCode.OK, $"{old.StatusCode} {old.Headers.Location}"); // refused: the form again
    }

    private async Task<string> LinkAsync(BackofficeUser user)
    {
        using var scope = site.Services.CreateScope();
        var made = await scope.ServiceProvider.GetRequiredService<BackofficeAccounts>().SetPasswordLinkAsync(user.Id, Administrator);
        return $"/backoffice/set-password?user={Uri.EscapeDataString(made!.Value.User.Id)}&token={Uri.EscapeDataString(made.Value.Token)}";
    }

    private static Task<HttpResponseMessage> SetPasswordAsync(BackofficeBrowser browser, string link, string password) =>
        browser.SubmitAsync(link, new Dictionary<string, string> { ["Input.Password"] = password, ["Input.Confirm"] = password });

    [GeneratedRegex("<li><code>([A-Z0-9]{5}-[A-Z0-9]{5})</code></li>")]
    private static partial Regex RecoveryCodePattern();
}
