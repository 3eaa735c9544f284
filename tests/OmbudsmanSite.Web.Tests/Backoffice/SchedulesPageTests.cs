using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Backoffice;

/// <summary>The schedules page: every upcoming schedule in Baku time with who set it, cancelled by an editor; failures with their reasons.</summary>
public sealed partial class SchedulesPageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task An_editor_sees_upcoming_schedules_in_Baku_time_and_cancels_one_and_failures_say_why()
    {
        var publishing = site.Services.GetRequiredService<ContentPublishingService>();
        var report = await site.CreateNewsAsync(new Dictionary<string, string> { ["en"] = "Annual report on prisons", ["az"] = "İllik hesabat" });
        var due = new DateTime(2027, 1, 4, 5, 0, 0, DateTimeKind.Utc); // Monday 09:00 in Baku
        Assert.True((await publishing.ScheduleAsync(report, "en", ScheduleAction.Publish, due, SiteFactory.Editor)).Succeeded);

        // A schedule whose language is removed before it runs fails, with its reason.
        var withdrawn = await site.CreateNewsAsync(new Dictionary<string, string> { ["en"] = "Withdrawn statement", ["az"] = "Geri götürülmüş bəyanat" });
        // (Removed well before it is due, so the site's own scheduler cannot run it first with the text still there.)
        var dueSoon = DateTime.UtcNow.AddSeconds(3);
        var soon = await publishing.ScheduleAsync(withdrawn, "en", ScheduleAction.Publish, dueSoon, SiteFactory.Editor);
        Assert.True(soon.Succeeded);
        await site.EditItemAsync(withdrawn, v => v with { Cultures = v.Cultures.Where(c => c.Key != "en").ToDictionary() });
        await Task.Delay(dueSoon - DateTime.UtcNow + TimeSpan.FromMilliseconds(100));
        await publishing.RunScheduleAsync(soon.RowId!.Value, "test");

        await BackofficeUsers.CreateAsync(site, "schedules.editor@ombudsman.test", BackofficeRoles.Editor);
        using var editor = new BackofficeBrowser(site);
        await BackofficeUsers.SignInAsync(editor, "schedules.editor@ombudsman.test");
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/backoffice/schedules")).StatusCode);
        Assert.Contains("<td>2027-01-04 09:00 Baku time</td>", editor.LastPage, StringComparison.Ordinal);
        Assert.Contains(">Annual report on prisons</a>", editor.LastPage, StringComparison.Ordinal);
        Assert.Contains("<td>Publish (English)</td>", editor.LastPage, StringComparison.Ordinal);
        Assert.Contains("<td>Editor (test), <time", editor.LastPage, StringComparison.Ordinal);
        Assert.Matches("lang=\"az\">Geri götürülmüş bəyanat</a>:\\s*Publish \\(English\\) [0-9: -]+ Baku time — The item has no en text", editor.LastPage);

        var form = CancelForm().Match(editor.LastPage).Groups[1].Value;
        var cancelled = await editor.SubmitAsync("/backoffice/schedules", new Dictionary<string, string>(), formName: form);
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Contains("Schedule cancelled: Annual report on prisons.", editor.LastPage, StringComparison.Ordinal);
        var upcoming = editor.LastPage[editor.LastPage.IndexOf("id=\"upcoming-title\"", StringComparison.Ordinal)..editor.LastPage.IndexOf("id=\"past-title\"", StringComparison.Ordinal)];
        Assert.DoesNotContain("2027-01-04 09:00", upcoming, StringComparison.Ordinal);

        // Kept for 30 days below: who set it, who cancelled it and when; the failed one with its reason.
        var past = editor.LastPage[editor.LastPage.IndexOf("id=\"past-title\"", StringComparison.Ordinal)..];
        Assert.Matches("<td>2027-01-04 09:00 Baku time</td>\\s*<td><a[^>]*>Annual report on prisons</a></td>\\s*<td>Publish \\(English\\)</td>\\s*<td>Editor \\(test\\), <time[^>]*>[^<]+</time></td>\\s*<td>\\s*Cancelled \\(schedules.editor\\),\\s*<time", past);
        Assert.Contains("Failed,", past, StringComparison.Ordinal);
        Assert.Contains("— The item has no en text", past, StringComparison.Ordinal);
        Assert.DoesNotContain(await site.Services.GetRequiredService<ContentQueries>().SchedulesAsync(null), s => s.DocumentId == report);

        await BackofficeUsers.CreateAsync(site, "schedules.writer@ombudsman.test", BackofficeRoles.Writer);
        using var writer = new BackofficeBrowser(site);
        await BackofficeUsers.SignInAsync(writer, "schedules.writer@ombudsman.test");
        await writer.GetAsync("/backoffice/schedules");
        Assert.DoesNotContain("Cancel the schedule", writer.LastPage, StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"_handler\" value=\"(cancel-\\d+)\"")]
    private static partial Regex CancelForm();
}
