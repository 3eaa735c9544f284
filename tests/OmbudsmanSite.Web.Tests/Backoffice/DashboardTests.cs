using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Backoffice;

/// <summary>The dashboard per user: her drafts, the week's schedules in Baku time, what was published, items missing a language.</summary>
public sealed class DashboardTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task A_writer_sees_her_drafts_the_weeks_schedules_recent_publishes_and_missing_languages()
    {
        var account = await BackofficeUsers.CreateAsync(site, "dashboard.writer@ombudsman.test", BackofficeRoles.Writer);
        var her = new ActingUser(account.Id, account.DisplayName) { Rights = EditorialRights.ForRoles([BackofficeRoles.Writer], []) };
        var draft = await site.CreateNewsAsync(new Dictionary<string, string> { ["en"] = "Draft on the rights of persons with disabilities" }, by: her);
        var other = await site.CreateNewsAsync(new Dictionary<string, string> { ["en"] = "Someone else's draft on prisons" });
        await site.CreateNewsAsync(new Dictionary<string, string> { ["en"] = "Statement on Human Rights Day", ["az"] = "İnsan Hüquqları Günü ilə bağlı bəyanat", ["ru"] = "Заявление ко Дню прав человека" }, ["en", "az", "ru"]);
        var publishing = site.Services.GetRequiredService<ContentPublishingService>();
        var due = DateTime.UtcNow.Date.AddDays(3).AddHours(5); // 09:00 in Baku
        Assert.True((await publishing.ScheduleAsync(other, "en", ScheduleAction.Publish, due, SiteFactory.Editor)).Succeeded);

        using var browser = new BackofficeBrowser(site);
        await BackofficeUsers.SignInAsync(browser, "dashboard.writer@ombudsman.test");
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/backoffice")).StatusCode);
        var page = browser.LastPage;
        var mine = Section(page, "dash-mine");
        Assert.Contains("Draft on the rights of persons with disabilities", mine, StringComparison.Ordinal);
        Assert.Contains("EN: draft", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("Someone else", mine, StringComparison.Ordinal);
        Assert.Contains($"{due.AddHours(4):yyyy-MM-dd} 09:00 Baku time: Publish (English)", Section(page, "dash-week"), StringComparison.Ordinal);
        Assert.Contains("Statement on Human Rights Day", Section(page, "dash-published"), StringComparison.Ordinal);
        var missing = Section(page, "dash-missing");
        Assert.Contains("Draft on the rights of persons with disabilities", missing, StringComparison.Ordinal);
        Assert.Contains("no text in Azerbaijani, Russian", missing, StringComparison.Ordinal);
        Assert.DoesNotContain("Statement on Human Rights Day", missing, StringComparison.Ordinal);
        Assert.Contains($"/backoffice/content/{draft:D}", mine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_editor_sees_what_awaits_her_review_and_translations_whose_source_changed()
    {
        var (_, editor) = await BackofficeUsers.SignedInAsync(site, "dashboard.editor@ombudsman.test", BackofficeRoles.Editor);
        using (editor)
        {
            var item = await site.CreateNewsAsync(new Dictionary<string, string> { ["az"] = "Ombudsman məktəbdə", ["ru"] = "Омбудсмен в школе" }, ["az", "ru"]);
            await site.EditItemAsync(item, v => v.WithCulture("az", v.Culture("az")! with { Title = "Ombudsman iki məktəbdə" }));
            var writer = new ActingUser("dash:writer", "Leyla") { Rights = EditorialRights.ForRoles([BackofficeRoles.Writer], []) };
            var submitted = await site.Services.GetRequiredService<ContentReviewService>().SubmitAsync(item, ["az"], null, writer);
            Assert.True(submitted.Succeeded);

            Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/backoffice")).StatusCode);
            var review = Section(editor.LastPage, "dash-review");
            Assert.Contains($"/backoffice/review/{submitted.RowId}", review, StringComparison.Ordinal);
            Assert.Contains("(Azerbaijani): Leyla", review, StringComparison.Ordinal);
            var outOfDate = Section(editor.LastPage, "dash-out-of-date");
            Assert.Contains("Ombudsman iki məktəbdə", outOfDate, StringComparison.Ordinal);
            Assert.Contains("out of date: Russian", outOfDate, StringComparison.Ordinal);

            // The list marks it too.
            Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/backoffice/content/newsArticle")).StatusCode);
            Assert.Contains("RU</abbr>: published, out of date", editor.LastPage, StringComparison.Ordinal);
        }
    }

    private static string Section(string page, string heading)
    {
        var start = page.IndexOf($"id=\"{heading}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {heading}");
        var end = page.IndexOf("</section>", start, StringComparison.Ordinal);
        return page[start..end];
    }
}
