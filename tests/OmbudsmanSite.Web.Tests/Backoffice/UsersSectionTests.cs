using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Infrastructure.Identity;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Backoffice;

/// <summary>The users section: administrators add and change accounts; nobody else can, whatever they post.</summary>
public sealed partial class UsersSectionTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task An_administrator_adds_a_translator_who_may_edit_only_Russian_and_she_sets_her_password_from_the_link()
    {
        var (_, admin) = await BackofficeUsers.SignedInAdministratorAsync(site, "users.admin@ombudsman.test");
        using (admin)
        {
            var created = await admin.SubmitAsync("/backoffice/users/new", new Dictionary<string, string>
            {
                ["name"] = "Nərgiz Quliyeva",
                ["email"] = "nargiz.translator@ombudsman.test",
                ["roles"] = BackofficeRoles.Translator,
                ["cultures"] = "ru",
            }, formName: "new-user");
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
            var userPage = created.Headers.Location!.IsAbsoluteUri ? created.Headers.Location.PathAndQuery : created.Headers.Location.OriginalString;

            await admin.SubmitAsync(userPage, new Dictionary<string, string> { ["action"] = "link" }, formName: "account-actions");
            var link = new Uri(WebUtility.HtmlDecode(LinkPattern().Match(admin.LastPage).Groups[1].Value));

            using var translator = new BackofficeBrowser(site);
            var set = await translator.SubmitAsync(link.PathAndQuery, new Dictionary<string, string> { ["Input.Password"] = BackofficeUsers.Password, ["Input.Confirm"] = BackofficeUsers.Password });
            Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await BackofficeUsers.SignInAsync(translator, "nargiz.translator@ombudsman.test")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await translator.GetAsync("/backoffice")).StatusCode);
            Assert.Contains("Your roles: Translator", translator.LastPage, StringComparison.Ordinal);

            // The link is used: it does not set a password a second time.
            using var stranger = new BackofficeBrowser(site);
            await stranger.SubmitAsync(link.PathAndQuery, new Dictionary<string, string> { ["Input.Password"] = "a different password", ["Input.Confirm"] = "a different password" });
            Assert.Contains("This link no longer works", stranger.LastPage, StringComparison.Ordinal);

            await admin.GetAsync("/backoffice/users");
            Assert.Contains("Translator (Russian)", admin.LastPage, StringComparison.Ordinal);

            // No SMTP host is set here, as with the README's run command: the invitation is a file, and the page says where.
            var folder = Path.Combine(site.DataPath, "mail");
            Assert.Contains($"messages are written as files to {folder}", WebUtility.HtmlDecode(admin.LastPage), StringComparison.Ordinal);
            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (!Directory.Exists(folder) || !Directory.GetFiles(folder, "*.eml").Any(f => MimeKit.MimeMessage.Load(f).To.ToString().Contains("nargiz.translator@ombudsman.test", StringComparison.Ordinal)))
            {
                Assert.True(DateTime.UtcNow < deadline, "no invitation was written to the mail folder");
                await Task.Delay(100);
            }
        }

        using var scope = site.Services.CreateScope();
        var stored = (await scope.ServiceProvider.GetRequiredService<UserManager<BackofficeUser>>().FindByEmailAsync("nargiz.translator@ombudsman.test"))!;
        var rights = EditorialRights.ForRoles([BackofficeRoles.Translator], stored.TranslatorCultures);
        Assert.True(rights.MayEditCulture("ru"));
        Assert.False(rights.MayEditCulture("az"));

        // Creating her is one action with one audit line, holding everything she was given.
        var queries = site.Services.GetRequiredService<ContentQueries>();
        var createdLines = (await queries.AuditAsync(new AuditQuery { Action = AuditAction.UserCreated })).Items.Where(a => a.Detail?.StartsWith("nargiz.translator@ombudsman.test: roles", StringComparison.Ordinal) == true);
        Assert.Equal("nargiz.translator@ombudsman.test: roles Translator; cultures ru; name Nərgiz Quliyeva", Assert.Single(createdLines).Detail);
        Assert.DoesNotContain((await queries.AuditAsync(new AuditQuery { Action = AuditAction.UserChanged })).Items, a => a.Detail?.StartsWith("nargiz.translator@ombudsman.test: roles", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task An_administrator_requires_two_factor_sign_in_for_a_role_and_its_members_must_set_it_up()
    {
        await BackofficeUsers.CreateAsync(site, "roles.editor@ombudsman.test", BackofficeRoles.Editor);
        var (_, admin) = await BackofficeUsers.SignedInAdministratorAsync(site, "roles.admin@ombudsman.test");
        using (admin)
        {
            await admin.GetAsync("/backoffice/users");
            Assert.Contains("id=\"two-factor-Administrator\" name=\"twoFactor\" value=\"Administrator\" checked", admin.LastPage, StringComparison.Ordinal);

            var saved = await admin.SubmitAsync("/backoffice/users", new Dictionary<string, string> { ["twoFactor"] = BackofficeRoles.Editor }, formName: "role-two-factor");
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
            Assert.Contains("The sign-in rules are saved.", admin.LastPage, StringComparison.Ordinal);

            using (var editor = new BackofficeBrowser(site))
            {
                await BackofficeUsers.SignInAsync(editor, "roles.editor@ombudsman.test");
                var dashboard = await editor.GetAsync("/backoffice");
                Assert.Equal(HttpStatusCode.Redirect, dashboard.StatusCode);
                Assert.EndsWith("/backoffice/account/two-factor", dashboard.Headers.Location!.OriginalString, StringComparison.Ordinal);
            }

            // Back to the default for the other tests of this site: administrators only.
            await admin.SubmitAsync("/backoffice/users", new Dictionary<string, string> { ["twoFactor"] = BackofficeRoles.Administrator }, formName: "role-two-factor");
        }

        var changes = (await site.Services.GetRequiredService<ContentQueries>().AuditAsync(new AuditQuery { Action = AuditAction.RoleChanged })).Items;
        Assert.Contains(changes, a => a.Detail == "Editor: two-factor sign-in required");
        Assert.Contains(changes, a => a.Detail == "Administrator: two-factor sign-in optional");
        Assert.Contains(changes, a => a.Detail == "Administrator: two-factor sign-in required");

        // Nobody else can change the rules, whatever they post.
        await BackofficeUsers.CreateAsync(site, "roles.writer@ombudsman.test", BackofficeRoles.Writer);
        using var writer = new BackofficeBrowser(site);
        await BackofficeUsers.SignInAsync(writer, "roles.writer@ombudsman.test");
        var refused = await writer.GetAsync("/backoffice/users");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/backoffice/access-denied", refused.Headers.Location!.ToString(), StringComparison.Ordinal);
        var posted = await writer.PostRawAsync("/backoffice/users", [new("_handler", "role-two-factor"), new("twoFactor", BackofficeRoles.Writer)]);
        Assert.NotEqual(HttpStatusCode.OK, posted.StatusCode);
        Assert.DoesNotContain(Accounts().Roles(), r => r.Name == BackofficeRoles.Writer && r.RequiresTwoFactor);
    }

    private BackofficeAccounts Accounts() => site.Services.CreateScope().ServiceProvider.GetRequiredService<BackofficeAccounts>();

    [Fact]
    public async Task Only_administrators_change_accounts_and_the_last_administrator_stays_one()
    {
        var writer = await BackofficeUsers.CreateAsync(site, "users.writer@ombudsman.test", BackofficeRoles.Writer);
        using var browser = new BackofficeBrowser(site);
        await BackofficeUsers.SignInAsync(browser, writer.Email!);

        var page = await browser.GetAsync("/backoffice/users");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/backoffice/access-denied", page.Headers.Location!.ToString(), StringComparison.Ordinal);

        using var scope = site.Services.CreateScope();
        var accounts = scope.ServiceProvider.GetRequiredService<BackofficeAccounts>();
        var asWriter = new ActingUser(writer.Id, "users.writer") { Rights = EditorialRights.ForRoles([BackofficeRoles.Writer], []) };
        var promoted = await accounts.UpdateAsync(writer.Id, new AccountChanges("Writer", [BackofficeRoles.Administrator], [], null), asWriter);
        Assert.Equal("Forbidden", Assert.Single(promoted.Errors).Code);
        Assert.Contains((await site.Services.GetRequiredService<ContentQueries>().AuditAsync(new AuditQuery { UserId = writer.Id, Action = AuditAction.AccessDenied })).Items,
            a => a.Detail!.StartsWith("ManageUsers", StringComparison.Ordinal));

        var (onlyAdmin, admin) = await BackofficeUsers.SignedInAdministratorAsync(site, "users.only.admin@ombudsman.test");
        admin.Dispose();
        foreach (var (other, _) in await accounts.ListAsync())
        {
            if (other.Id != onlyAdmin.Id && (await scope.ServiceProvider.GetRequiredService<UserManager<BackofficeUser>>().GetRolesAsync(other)).Contains(BackofficeRoles.Administrator))
            {
                await accounts.SetDisabledAsync(other.Id, true, SystemUsers.Command);
            }
        }

        var demoted = await accounts.UpdateAsync(onlyAdmin.Id, new AccountChanges("Admin", [BackofficeRoles.Editor], [], null), SystemUsers.Command);
        Assert.Equal("LastAdministrator", Assert.Single(demoted.Errors).Code);
    }

    [Fact]
    public async Task An_administrator_unlocks_a_locked_account_and_its_owner_signs_in_at_once()
    {
        var locked = await BackofficeUsers.CreateAsync(site, "unlock.writer@ombudsman.test", BackofficeRoles.Writer);
        using var attacker = new BackofficeBrowser(site);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await BackofficeUsers.SignInAsync(attacker, locked.Email!, "not her password");
        }

        using var owner = new BackofficeBrowser(site);
        Assert.Equal(HttpStatusCode.OK, (await BackofficeUsers.SignInAsync(owner, locked.Email!)).StatusCode); // locked: her own password is refused too

        // Nobody but an administrator lifts a lock.
        using (var scope = site.Services.CreateScope())
        {
            var asEditor = new ActingUser(Guid.NewGuid().ToString(), "an editor") { Rights = EditorialRights.ForRoles([BackofficeRoles.Editor], []) };
            Assert.Equal("Forbidden", Assert.Single((await scope.ServiceProvider.GetRequiredService<BackofficeAccounts>().UnlockAsync(locked.Id, asEditor)).Errors).Code);
        }

        var (admin, browser) = await BackofficeUsers.SignedInAdministratorAsync(site, "unlock.admin@ombudsman.test");
        using (browser)
        {
            await browser.GetAsync($"/backoffice/users/{locked.Id}");
            Assert.Contains("Locked until", browser.LastPage, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await browser.SubmitAsync($"/backoffice/users/{locked.Id}", new Dictionary<string, string> { ["action"] = "unlock" }, formName: "account-actions")).StatusCode);
            Assert.DoesNotContain("Locked until", browser.LastPage, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await BackofficeUsers.SignInAsync(owner, locked.Email!)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("/backoffice")).StatusCode);
        Assert.Contains((await site.Services.GetRequiredService<ContentQueries>().AuditAsync(new AuditQuery { UserId = admin.Id, Action = AuditAction.AccountUnlocked })).Items,
            a => a.Detail == locked.Email);
    }

    [GeneratedRegex("<code class=\"key\" id=\"set-password-link\">([^<]+/backoffice/set-password[^<]+)</code>")]
    private static partial Regex LinkPattern();
}
