using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Backoffice;

/// <summary>
/// Every static form of the backoffice, posted with a token that no longer matches (the page open too
/// long, a sign-in in another tab) or after its form left the page, gets a page in the user's language:
/// an h1, what happened, what to do, a link back, and what was typed ready to send again.
/// </summary>
public sealed class StaleFormTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Typed = "Yazdığım mətn itməsin";

    [Fact]
    public async Task Every_backoffice_form_posted_with_a_stale_token_gets_a_page_that_keeps_what_was_typed()
    {
        var news = await site.CreateNewsAsync(new Dictionary<string, string> { ["az"] = "Köhnə forma xəbəri" }, publish: ["az"]);
        await site.EditItemAsync(news, v => v.WithCulture("az", v.Culture("az")! with { Summary = "İkinci versiya" }));
        var binned = await site.CreateNewsAsync(new Dictionary<string, string> { ["az"] = "Səbətdəki xəbər" });
        Assert.True((await site.Services.GetRequiredService<ContentEditingService>().DeleteAsync(binned, SiteFactory.Editor)).Succeeded);
        Assert.True((await site.Services.GetRequiredService<ContentPublishingService>().ScheduleAsync(news, "az", ScheduleAction.Unpublish, DateTime.UtcNow.AddDays(3), SiteFactory.Editor)).Succeeded);
        var writer = await BackofficeUsers.CreateAsync(site, "stale.writer@ombudsman.test", BackofficeRoles.Writer);
        var review = await site.Services.GetRequiredService<ContentReviewService>().SubmitAsync(news, ["az"], null,
            new ActingUser(writer.Id, writer.DisplayName) { Rights = EditorialRights.ForRoles([BackofficeRoles.Writer], []) });
        Assert.True(review.Succeeded);

        var (_, admin) = await BackofficeUsers.SignedInAdministratorAsync(site, "stale.admin@ombudsman.test");
        using var adminBrowser = admin;
        using var stranger = new BackofficeBrowser(site, "az");
        await stranger.GetAsync("/backoffice/sign-in");
        var stale = stranger.PostFormsOfLastPage()[0].Fields["__RequestVerificationToken"];
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync("/backoffice/account", new Dictionary<string, string> { ["ui"] = "az" }, formName: "ui-language")).StatusCode);

        string[] pages =
        [
            "/backoffice", "/backoffice/account", "/backoffice/account/two-factor", "/backoffice/users", "/backoffice/users/new", $"/backoffice/users/{writer.Id}",
            "/backoffice/media", "/backoffice/media/0e5a1f00-0000-4000-8000-0000000000a1", "/backoffice/content/newsArticle/new",
            $"/backoffice/content/{news:D}/history", "/backoffice/recycle-bin", "/backoffice/redirects", "/backoffice/schedules", $"/backoffice/review/{review.RowId}",
        ];
        var before = (await site.Services.GetRequiredService<ContentQueries>().StatesAsync(news))!;
        var posted = new HashSet<string>();
        foreach (var page in pages)
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(page)).StatusCode);
            foreach (var (action, fields) in admin.PostFormsOfLastPage())
            {
                var target = action ?? page;
                var name = $"{target} {fields.GetValueOrDefault("_handler")}";
                if (!posted.Add(name))
                {
                    continue;
                }

                var sent = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = stale, ["typed"] = Typed };
                var response = await admin.PostAsync(target, sent);
                Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name}: {response.StatusCode}");
                AssertProblemPage(admin.LastPage, target, name);
                Assert.Contains("Formunuz göndərilmədi", admin.LastPage, StringComparison.Ordinal);
                Assert.Contains($"value=\"{Typed}\"", admin.LastPage, StringComparison.Ordinal);
            }
        }

        Assert.True(posted.Count >= 20, $"only {posted.Count} forms were found: {string.Join(", ", posted)}");
        Assert.Contains(posted, p => p.StartsWith("/backoffice/sign-out", StringComparison.Ordinal));
        var after = (await site.Services.GetRequiredService<ContentQueries>().StatesAsync(news))!;
        Assert.Equal((before.UpdatedUtc, before.StateOf("az")), (after.UpdatedUtc, after.StateOf("az"))); // nothing was carried out
    }

    [Fact]
    public async Task The_sign_in_forms_keep_the_address_and_never_the_password_or_code()
    {
        await BackofficeUsers.CreateAsync(site, "stale.signin@ombudsman.test", BackofficeRoles.Editor);
        using var browser = new BackofficeBrowser(site, "ru");
        await browser.GetAsync("/backoffice/sign-in");
        var form = browser.PostFormsOfLastPage()[0].Fields;
        var response = await browser.PostAsync("/backoffice/sign-in", new Dictionary<string, string>(form)
        {
            ["__RequestVerificationToken"] = "CfDJ8-stale",
            ["Input.Email"] = "stale.signin@ombudsman.test",
            ["Input.Password"] = BackofficeUsers.Password,
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertProblemPage(browser.LastPage, "/backoffice/sign-in", "sign-in");
        Assert.Contains("Форма не отправлена", browser.LastPage, StringComparison.Ordinal);
        Assert.Contains("value=\"stale.signin@ombudsman.test\"", browser.LastPage, StringComparison.Ordinal);
        Assert.DoesNotContain(BackofficeUsers.Password, WebUtility.HtmlDecode(browser.LastPage), StringComparison.Ordinal);

        // Sent again from that page, with its fresh token, the form is carried out (and asks for the password again).
        var resend = browser.PostFormsOfLastPage().Single();
        Assert.Equal("/backoffice/sign-in", resend.Action);
        var again = await browser.PostAsync("/backoffice/sign-in", resend.Fields);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("aria-invalid=\"true\"", browser.LastPage, StringComparison.Ordinal);

        foreach (var page in new[] { "/backoffice/set-password?user=x&token=y" })
        {
            await browser.GetAsync(page);
            var fields = new Dictionary<string, string>(browser.PostFormsOfLastPage()[0].Fields) { ["__RequestVerificationToken"] = "stale", ["Input.Password"] = "secret-secret", ["Input.Confirm"] = "secret-secret" };
            Assert.Equal(HttpStatusCode.BadRequest, (await browser.PostAsync(page, fields)).StatusCode);
            AssertProblemPage(browser.LastPage, page, page);
            Assert.DoesNotContain("secret-secret", browser.LastPage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Approving_a_request_replaced_meanwhile_says_the_page_changed_and_links_back()
    {
        var id = await site.CreateNewsAsync(new Dictionary<string, string> { ["en"] = "A replaced submission" });
        var writerAccount = await BackofficeUsers.CreateAsync(site, "replaced.writer@ombudsman.test", BackofficeRoles.Writer);
        var writer = new ActingUser(writerAccount.Id, writerAccount.DisplayName) { Rights = EditorialRights.ForRoles([BackofficeRoles.Writer], []) };
        var reviews = site.Services.GetRequiredService<ContentReviewService>();
        var first = await reviews.SubmitAsync(id, ["en"], null, writer);

        var (_, editor) = await BackofficeUsers.SignedInAsync(site, "replaced.editor@ombudsman.test", BackofficeRoles.Editor);
        using (editor)
        {
            var page = $"/backoffice/review/{first.RowId}";
            await editor.GetAsync(page);
            var approve = editor.PostFormsOfLastPage().Single(f => f.Fields.GetValueOrDefault("_handler") == "decide").Fields;

            Assert.True((await reviews.SubmitAsync(id, ["en"], "Second try", writer)).Succeeded); // replaces the first

            var response = await editor.PostAsync(page, new Dictionary<string, string>(approve) { ["en.decision"] = "now" });
            Assert.True(response.StatusCode == HttpStatusCode.Conflict, $"{response.StatusCode} {response.Content.Headers.ContentType}: {editor.LastPage}");
            AssertProblemPage(editor.LastPage, page, "decide");
            Assert.Contains("The page changed before your form arrived", editor.LastPage, StringComparison.Ordinal);
            Assert.Equal(CultureState.Draft, (await site.Services.GetRequiredService<ContentQueries>().StatesAsync(id))!.StateOf("en"));
        }
    }

    [Fact]
    public async Task A_post_that_fails_on_the_server_gets_the_error_page_not_an_empty_405()
    {
        using var failing = new FailingSignInSiteFactory();
        await BackofficeUsers.CreateAsync(failing, "fails@ombudsman.test", BackofficeRoles.Editor);
        using var browser = new BackofficeBrowser(failing);
        var response = await BackofficeUsers.SignInAsync(browser, "fails@ombudsman.test");
        Assert.True(response.StatusCode == HttpStatusCode.InternalServerError, $"{response.StatusCode}: {browser.LastPage}");
        Assert.Contains("<h1>", browser.LastPage, StringComparison.Ordinal);
        Assert.Contains("href=\"/", browser.LastPage, StringComparison.Ordinal);
    }

    private static void AssertProblemPage(string html, string page, string form)
    {
        Assert.True(html.Contains("<h1>", StringComparison.Ordinal), $"{form}: no h1 in\n{html}");
        Assert.Contains($"href=\"{WebUtility.HtmlEncode(page)}\"", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=", html, StringComparison.Ordinal);
    }
}
