using Bunit;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Configuration;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Web.Components.Backoffice.Editor;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Components.Backoffice;

/// <summary>
/// The schedule picker and the editor's schedules: times are entered and shown in Baku time with the
/// zone named and converted on the server, so the browser's zone cannot shift them.
/// </summary>
public sealed class SchedulePickerTests(SiteFactory site) : EditorContext(site), IClassFixture<SiteFactory>
{
    [Fact]
    public void The_picker_shows_and_reads_Baku_time_with_the_zone_named()
    {
        DateTime? chosen = null;
        var due = new DateTime(2030, 3, 4, 5, 0, 0, DateTimeKind.Utc);
        var picker = Render<SchedulePicker>(p => p.Add(x => x.Id, "when").Add(x => x.Label, "When")
            .Add(x => x.Value, due).Add(x => x.ValueChanged, (DateTime? utc) => chosen = utc));

        Assert.Equal("2030-03-04T09:00", picker.Find("#when").GetAttribute("value"));
        Assert.Contains("Baku time (UTC+04:00)", picker.Find("#when-hint").TextContent, StringComparison.Ordinal);
        Assert.Equal("Monday, 4 March 2030, 09:00 Baku time (UTC+04:00)", picker.Find("#when-read-back").TextContent);
        Assert.Equal("when-hint when-read-back", picker.Find("#when").GetAttribute("aria-describedby"));

        picker.Find("#when").Change("2030-12-02T09:00");
        Assert.Equal(new DateTime(2030, 12, 2, 5, 0, 0, DateTimeKind.Utc), chosen);
        Assert.Equal(DateTimeKind.Utc, chosen!.Value.Kind);

        picker.Find("#when").Change("2-12-2030 9am");
        Assert.Null(chosen);
        Assert.Equal("true", picker.Find("#when").GetAttribute("aria-invalid"));
        Assert.Contains("both a date and a time", picker.Find("#when-error").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_editor_sets_a_publish_and_an_unpublish_for_one_language_and_cancels_one()
    {
        var user = SignIn("editor-s1", "Aysel Editor", [BackofficeRoles.Editor]);
        var id = await NewMeetingAsync(("az", "Görüş"), ("ru", "Встреча"));
        var queries = Site.Services.GetRequiredService<ContentQueries>();
        var clock = Site.Services.GetRequiredService<SiteClock>();
        var snapshot = (await queries.EditorAsync(id))!;
        var changes = 0;
        var section = Render<ScheduleActions>(p => p.Add(x => x.Snapshot, snapshot).Add(x => x.User, user)
            .Add(x => x.IsDirty, () => false).Add(x => x.SaveFirst, () => Task.FromResult(true)).Add(x => x.OnChanged, () => changes++));
        Assert.Contains("Nothing is scheduled", section.Markup, StringComparison.Ordinal);

        var monday = clock.ToLocal(clock.UtcNow).Date.AddDays(7);
        section.Find("#schedule-culture").Change("ru");
        section.Find("#schedule").Change(monday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T09:00");
        await section.Find(".schedule-form button").ClickAsync(new());
        section.Find("#schedule-Unpublish").Change(true);
        section.Find("#schedule").Change(monday.AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "T18:30");
        await section.Find(".schedule-form button").ClickAsync(new());

        var stored = (await queries.SchedulesAsync(id)).Where(s => s.Status == ScheduleStatus.Pending).ToList();
        Assert.Equal(2, stored.Count);
        Assert.All(stored, s => Assert.Equal("ru", s.Culture));
        Assert.Equal(TimeZoneInfo.ConvertTimeToUtc(monday.AddHours(9), clock.TimeZone), stored.Single(s => s.Action == ScheduleAction.Publish).DueUtc);
        Assert.Equal(TimeZoneInfo.ConvertTimeToUtc(monday.AddDays(30).AddHours(18.5), clock.TimeZone), stored.Single(s => s.Action == ScheduleAction.Unpublish).DueUtc);
        Assert.Equal(2, changes);

        var reloaded = (await queries.EditorAsync(id))!;
        section.Render(p => p.Add(x => x.Snapshot, reloaded));
        var listed = section.FindAll(".item-schedules li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, listed.Count);
        Assert.StartsWith($"Publish (Russian): {monday:yyyy-MM-dd} 09:00 Baku time, set by Aysel Editor", listed[0], StringComparison.Ordinal);

        await section.FindAll(".item-schedules button")[1].ClickAsync(new());
        Assert.Contains("is cancelled", section.Find(".editor-status").TextContent, StringComparison.Ordinal);
        Assert.Equal([ScheduleAction.Publish], (await queries.SchedulesAsync(id)).Where(s => s.Status == ScheduleStatus.Pending).Select(s => s.Action));
    }

    [Fact]
    public async Task A_schedule_that_failed_shows_its_reason_on_the_item()
    {
        var user = SignIn("editor-s3", "Editor Three", [BackofficeRoles.Editor]);
        var id = await NewMeetingAsync(("az", "Görüş"), ("ru", "Встреча"));
        var publishing = Site.Services.GetRequiredService<ContentPublishingService>();
        var dueSoon = DateTime.UtcNow.AddSeconds(3);
        var soon = await publishing.ScheduleAsync(id, "ru", ScheduleAction.Publish, dueSoon, SiteFactory.Editor);
        Assert.True(soon.Succeeded);
        await Site.EditItemAsync(id, v => v.WithCulture("ru", null)); // the Russian text is removed before it is due
        await Task.Delay(dueSoon - DateTime.UtcNow + TimeSpan.FromMilliseconds(100));
        await publishing.RunScheduleAsync(soon.RowId!.Value, "test");

        var snapshot = (await Site.Services.GetRequiredService<ContentQueries>().EditorAsync(id))!;
        var section = Render<ScheduleActions>(p => p.Add(x => x.Snapshot, snapshot).Add(x => x.User, user)
            .Add(x => x.IsDirty, () => false).Add(x => x.SaveFirst, () => Task.FromResult(true)));
        var failure = section.Find(".notice.failure").TextContent;
        Assert.StartsWith("Publish (Russian) due ", failure, StringComparison.Ordinal);
        Assert.Contains("Baku time failed: The item has no ru text", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_time_already_past_is_refused_at_the_field_and_a_writer_sees_no_form()
    {
        var editor = SignIn("editor-s2", "Editor Two", [BackofficeRoles.Editor]);
        var id = await NewMeetingAsync();
        var snapshot = (await Site.Services.GetRequiredService<ContentQueries>().EditorAsync(id))!;
        var section = Render<ScheduleActions>(p => p.Add(x => x.Snapshot, snapshot).Add(x => x.User, editor)
            .Add(x => x.IsDirty, () => false).Add(x => x.SaveFirst, () => Task.FromResult(true)));

        await section.Find(".schedule-form button").ClickAsync(new());
        Assert.Contains("Choose the date and time", section.Find("#schedule-error").TextContent, StringComparison.Ordinal);
        section.Find("#schedule").Change("2001-01-01T09:00");
        await section.Find(".schedule-form button").ClickAsync(new());
        Assert.Contains("has passed", section.Find("#schedule-error").TextContent, StringComparison.Ordinal);
        Assert.Equal("true", section.Find("#schedule").GetAttribute("aria-invalid"));

        var writer = new ActingUser("writer-s", "Writer") { Rights = EditorialRights.ForRoles([BackofficeRoles.Writer], []) };
        var read = Render<ScheduleActions>(p => p.Add(x => x.Snapshot, snapshot).Add(x => x.User, writer)
            .Add(x => x.IsDirty, () => false).Add(x => x.SaveFirst, () => Task.FromResult(true)));
        Assert.Empty(read.FindAll(".schedule-form"));
    }
}
