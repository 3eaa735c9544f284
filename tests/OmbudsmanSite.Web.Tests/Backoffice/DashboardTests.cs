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
        var editing = site.Services.GetRequiredService<ContentEditingService>();
        var draft = await CreateAsync(editing, her, new() { ["en"] = "Draft on the rights of persons with disabilities" });
        var other = await CreateAsync(editing, SiteFactory.Editor, new() { ["en"] = "Someone else's draft on prisons" });
        var published = await CreateAsync(editing, SiteFactory.Editor, new() { ["en"] = "Statement on Human Rights Day", ["az"] = "İnsan Hüquqları Günü ilə bağlı bəyanat", ["ru"] = "Заявление ко Дню прав человека" });
        var publishing = site.Services.GetRequiredService<ContentPublishingService>();
        Assert.True((await publishing.PublishAsync(published, ["en", "az", "ru"], SiteFactory.Editor)).Succeeded);
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

    private static async Task<Guid> CreateAsync(ContentEditingService editing, ActingUser user, Dictionary<string, string> titles)
    {
        var created = await editing.CreateAsync(new CreateContentRequest
        {
            Type = DocumentType.NewsArticle,
            Values = new ContentValues { DateUtc = new DateTime(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc), Cultures = titles.ToDictionary(t => t.Key, t => new CultureValues { Title = t.Value, BodyHtml = "<p>Text.</p>" }) },
        }, user);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Message)));
        return created.DocumentId!.Value;
    }

    private static string Section(string page, string heading)
    {
        var start = page.IndexOf($"id=\"{heading}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section {heading}");
        var end = page.IndexOf("</section>", start, StringComparison.Ordinal);
        return page[start..end];
    }
}
