using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Infrastructure.Identity;
using OmbudsmanSite.Infrastructure.Mail;
using OmbudsmanSite.Infrastructure.Persistence;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Backoffice;

/// <summary>
/// The backoffice's e-mail, read off a real SMTP server (aiosmtpd) and followed: invitations, "forgot
/// password", lockouts, review and schedule notifications, in the recipient's language, as text and
/// HTML; a relay that is down loses nothing; the audit trail records each message without its links.
/// </summary>
public sealed partial class MailTests(MailSiteFactory site) : IClassFixture<MailSiteFactory>
{
    [Fact]
    public async Task A_new_user_gets_an_invitation_in_her_language_and_its_link_sets_her_password()
    {
        var (_, admin) = await BackofficeUsers.SignedInAdministratorAsync(site, "mail.admin@ombudsman.test");
        using (admin)
        {
            var created = await admin.SubmitAsync("/backoffice/users/new", new Dictionary<string, string>
            {
                ["name"] = "Ольга Петрова", ["email"] = "olga.translator@ombudsman.test", ["roles"] = BackofficeRoles.Translator, ["cultures"] = "ru", ["ui"] = "ru",
            }, formName: "new-user");
            Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
            await admin.GetAsync(created.Headers.Location!.IsAbsoluteUri ? created.Headers.Location.PathAndQuery : created.Headers.Location.OriginalString);
            Assert.Contains("An invitation to set a password was sent to olga.translator@ombudsman.test", admin.LastPage, StringComparison.Ordinal);
        }

        var invitation = await site.Smtp.WaitForAsync("olga.translator@ombudsman.test");
        Assert.Equal("Ваша учётная запись в панели управления сайтом Омбудсмена", invitation.Subject);
        Assert.Equal("backoffice@ombudsman.test", invitation.From.Mailboxes.Single().Address);
        Assert.Contains("Здравствуйте, Ольга Петрова!", invitation.TextBody, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"ru\">", invitation.HtmlBody, StringComparison.Ordinal);
        var link = LinkIn(invitation);
        Assert.Contains($">{WebUtility.HtmlEncode("Задать пароль")}</a>", invitation.HtmlBody, StringComparison.Ordinal);

        using var olga = new BackofficeBrowser(site, "ru");
        Assert.Equal(HttpStatusCode.Redirect, (await SetPasswordAsync(olga, link, "Новый пароль для Ольги 2026")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await BackofficeUsers.SignInAsync(olga, "olga.translator@ombudsman.test", "Новый пароль для Ольги 2026")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await olga.GetAsync("/backoffice")).StatusCode);

        await AuditedAsync(AuditAction.MailSent, "Invitation to olga.translator@ombudsman.test");
        Assert.DoesNotContain(await AuditAsync(null), a => a.Detail?.Contains("token=", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Forgot_password_answers_alike_for_any_address_and_its_link_works_while_the_account_is_locked()
    {
        await BackofficeUsers.CreateAsync(site, "locked.writer@ombudsman.test", BackofficeRoles.Writer);
        using var attacker = new BackofficeBrowser(site);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await BackofficeUsers.SignInAsync(attacker, "locked.writer@ombudsman.test", "not her password");
        }

        var lockout = await site.Smtp.WaitForAsync("locked.writer@ombudsman.test", m => m.Subject == "İdarəetmə panelindəki hesabınız kilidləndi");
        Assert.Contains("5 uğursuz giriş cəhdindən sonra", lockout.TextBody, StringComparison.Ordinal);

        using var owner = new BackofficeBrowser(site);
        var known = await owner.SubmitAsync("/backoffice/forgot-password", new Dictionary<string, string> { ["Input.Email"] = "locked.writer@ombudsman.test" });
        var knownPage = Answer(owner.LastPage, "locked.writer@ombudsman.test");
        var unknown = await owner.SubmitAsync("/backoffice/forgot-password", new Dictionary<string, string> { ["Input.Email"] = "nobody.here@ombudsman.test" });
        Assert.Equal((known.StatusCode, knownPage), (unknown.StatusCode, Answer(owner.LastPage, "nobody.here@ombudsman.test")));

        var reset = await site.Smtp.WaitForAsync("locked.writer@ombudsman.test", m => m.Subject == "Ombudsman idarəetmə paneli üçün yeni parol");
        Assert.DoesNotContain(site.Smtp.Received(), m => m.To.Mailboxes.Any(t => t.Address == "nobody.here@ombudsman.test"));

        // The lockout message's link is older than the reset's: the newest link is the only one that works.
        Assert.Equal(HttpStatusCode.OK, (await SetPasswordAsync(owner, LinkIn(lockout), "Köhnə keçidlə yeni parol")).StatusCode);
        Assert.Contains("aria-invalid=\"true\"", owner.LastPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await SetPasswordAsync(owner, LinkIn(reset), "Kilidi açan təzə parol 2026")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await BackofficeUsers.SignInAsync(owner, "locked.writer@ombudsman.test", "Kilidi açan təzə parol 2026")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("/backoffice")).StatusCode);
    }

    [Fact]
    public async Task Review_notifications_reach_the_editors_and_the_author_in_their_languages_unless_turned_off()
    {
        var (editorAccount, editor) = await BackofficeUsers.SignedInAsync(site, "notified.editor@ombudsman.test", BackofficeRoles.Editor);
        var (_, quiet) = await BackofficeUsers.SignedInAsync(site, "quiet.editor@ombudsman.test", BackofficeRoles.Editor);
        var writerAccount = await BackofficeUsers.CreateAsync(site, "notifying.writer@ombudsman.test", BackofficeRoles.Writer);
        using (quiet)
        {
            Assert.Equal(HttpStatusCode.OK, (await quiet.SubmitAsync("/backoffice/account", new Dictionary<string, string> { ["notify"] = nameof(MailKind.ScheduleFailed) }, formName: "notifications")).StatusCode);
            Assert.Contains("Your notification choices are saved.", quiet.LastPage, StringComparison.Ordinal);
        }

        using var scope = site.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<BackofficeAccounts>().SetOwnUiCultureAsync(As(editorAccount, BackofficeRoles.Editor), "en");
        var id = await site.CreateNewsAsync(new Dictionary<string, string> { ["az"] = "Bildiriş xəbəri", ["en"] = "A notified story" });
        var writer = As(writerAccount, BackofficeRoles.Writer);
        var submitted = await site.Services.GetRequiredService<ContentReviewService>().SubmitAsync(id, ["en"], "Please check the names.", writer);
        Assert.True(submitted.Succeeded);

        var toEditor = await site.Smtp.WaitForAsync("notified.editor@ombudsman.test", m => m.Subject == "For review: A notified story");
        Assert.Contains("Please check the names.", toEditor.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/backoffice/review/{submitted.RowId}", toEditor.TextBody, StringComparison.Ordinal);
        Assert.Contains("/backoffice/account", toEditor.TextBody, StringComparison.Ordinal); // where to turn it off
        Assert.DoesNotContain(site.Smtp.Received(), m => m.To.Mailboxes.Any(t => t.Address is "quiet.editor@ombudsman.test" or "notifying.writer@ombudsman.test"));

        using (editor)
        {
            var page = $"/backoffice/review/{submitted.RowId}";
            Assert.Equal(HttpStatusCode.OK, (await editor.SubmitAsync(page, new Dictionary<string, string> { ["en.decision"] = "back", ["comment"] = "Add the date." }, formName: "decide")).StatusCode);
        }

        var toWriter = await site.Smtp.WaitForAsync("notifying.writer@ombudsman.test");
        Assert.Equal("Geri qaytarıldı: Bildiriş xəbəri", toWriter.Subject); // her interface follows her browser: the site's language
        Assert.Contains("Qeyd: Add the date.", toWriter.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_schedule_is_reported_to_whoever_set_it()
    {
        var setterAccount = await BackofficeUsers.CreateAsync(site, "schedule.setter@ombudsman.test", BackofficeRoles.Editor);
        var setter = As(setterAccount, BackofficeRoles.Editor);
        var id = await site.CreateNewsAsync(new Dictionary<string, string> { ["az"] = "Planlı xəbər", ["en"] = "A scheduled story" });
        var publishing = site.Services.GetRequiredService<ContentPublishingService>();
        var schedule = await publishing.ScheduleAsync(id, "en", ScheduleAction.Unpublish, DateTime.UtcNow.AddSeconds(2), setter);
        Assert.True(schedule.Succeeded);
        await Task.Delay(2100);
        await publishing.RunScheduleAsync(schedule.RowId!.Value, "test"); // English is not live: nothing to unpublish

        var report = await site.Smtp.WaitForAsync("schedule.setter@ombudsman.test");
        Assert.Equal("Planlaşdırılmış əməliyyat icra olunmadı: Planlı xəbər", report.Subject);
        Assert.Contains("dərcdən çıxarma, İngilis dilində", report.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/backoffice/content/{id:D}", report.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_relay_that_is_down_loses_nothing_the_message_is_retried_until_it_goes()
    {
        await BackofficeUsers.CreateAsync(site, "while.down@ombudsman.test", BackofficeRoles.Writer);
        await site.Smtp.StopAsync();
        try
        {
            using var browser = new BackofficeBrowser(site);
            Assert.Equal(HttpStatusCode.OK, (await browser.SubmitAsync("/backoffice/forgot-password", new Dictionary<string, string> { ["Input.Email"] = "while.down@ombudsman.test" })).StatusCode);
            await AuditedAsync(AuditAction.MailFailed, "PasswordReset to while.down@ombudsman.test");

            await using var db = await site.Services.GetRequiredService<IDbContextFactory<SiteDbContext>>().CreateDbContextAsync();
            var queued = await db.OutgoingMails.AsNoTracking().SingleAsync(m => m.ToAddress == "while.down@ombudsman.test");
            Assert.Equal(OutgoingMailStatus.Pending, queued.Status);
            Assert.NotEmpty(queued.TextBody);
        }
        finally
        {
            await site.Smtp.StartAgainAsync();
        }

        var arrived = await site.Smtp.WaitForAsync("while.down@ombudsman.test");
        Assert.Contains("/backoffice/set-password?", arrived.TextBody, StringComparison.Ordinal);
        await using var after = await site.Services.GetRequiredService<IDbContextFactory<SiteDbContext>>().CreateDbContextAsync();
        var sent = await after.OutgoingMails.AsNoTracking().SingleAsync(m => m.ToAddress == "while.down@ombudsman.test");
        Assert.Equal(OutgoingMailStatus.Sent, sent.Status);
        Assert.Empty(sent.TextBody); // its one-time link is not kept once it is sent
        await AuditedAsync(AuditAction.MailSent, "PasswordReset to while.down@ombudsman.test");
    }

    private static async Task<HttpResponseMessage> SetPasswordAsync(BackofficeBrowser browser, string link, string password)
    {
        var page = new Uri(link).PathAndQuery;
        return await browser.SubmitAsync(page, new Dictionary<string, string> { ["Input.Password"] = password, ["Input.Confirm"] = password });
    }

    private static string LinkIn(MimeMessage message) => LinkPattern().Match(message.TextBody ?? "").Value;

    // The answer without the address typed: the rest must be the same for every address.
    private static string Answer(string page, string address) =>
        Regex.Match(page, "<main[^>]*>(.*)</main>", RegexOptions.Singleline).Groups[1].Value.Replace(address, "{address}", StringComparison.Ordinal);

    /// <summary>Waits for an audit line of <paramref name="action"/> starting with <paramref name="detail"/> (the sender audits just after it sends).</summary>
    private async Task AuditedAsync(AuditAction action, string detail)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!(await AuditAsync(action)).Any(a => a.Detail?.StartsWith(detail, StringComparison.Ordinal) == true))
        {
            Assert.True(DateTime.UtcNow < deadline, $"no {action} line for {detail}");
            await Task.Delay(50);
        }
    }

    private async Task<IReadOnlyList<AuditEntry>> AuditAsync(AuditAction? action) =>
        (await site.Services.GetRequiredService<ContentQueries>().AuditAsync(new AuditQuery { Action = action, PageSize = 500 })).Items;

    private static ActingUser As(BackofficeUser account, string role) =>
        new(account.Id, account.DisplayName) { Rights = EditorialRights.ForRoles([role], []) };

    [GeneratedRegex("https?://[^\\s]+/backoffice/set-password\\?[^\\s]+")]
    private static partial Regex LinkPattern();
}
