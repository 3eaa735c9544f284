using System.Net;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Backoffice;

/// <summary>The backoffice in Azerbaijani and Russian: role names in the user's words, date fields without a pattern the browser does not show.</summary>
public sealed class BackofficeLanguageTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Role_names_are_in_the_users_language()
    {
        await BackofficeUsers.CreateAsync(site, "lang.writer@ombudsman.test", BackofficeRoles.Writer);
        var (_, admin) = await BackofficeUsers.SignedInAdministratorAsync(site, "lang.admin@ombudsman.test", "az");
        using (admin)
        {
            await admin.GetAsync("/backoffice");
            Assert.Contains("Rollarınız: Administrator", admin.LastPage, StringComparison.Ordinal);

            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/backoffice/users")).StatusCode);
            var writerRow = WebUtility.HtmlDecode(admin.LastPage).Split("<tr>").Select(row => row.Split("</tr>")[0]).Single(row => row.Contains("lang.writer@ombudsman.test", StringComparison.Ordinal));
            Assert.Contains("<td>Müəllif</td>", writerRow, StringComparison.Ordinal);
            Assert.DoesNotContain("Writer", writerRow, StringComparison.Ordinal);
        }

        var (_, editor) = await BackofficeUsers.SignedInAsync(site, "lang.editor@ombudsman.test", BackofficeRoles.Editor, "ru");
        using (editor)
        {
            await editor.GetAsync("/backoffice");
            Assert.Contains("Ваши роли: Редактор", WebUtility.HtmlDecode(editor.LastPage), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("az", "Bakı vaxtı ilə gün", "Başlanğıc (Bakı vaxtı ilə gün)")]
    [InlineData("ru", "День по бакинскому времени", "С (день по бакинскому времени)")]
    [InlineData("en", "A day in Baku time", "From (a day in Baku time)")]
    public async Task Date_fields_leave_the_pattern_to_the_browser(string language, string listHint, string auditLabel)
    {
        var (_, admin) = await BackofficeUsers.SignedInAdministratorAsync(site, $"dates.{language}@ombudsman.test", language);
        using (admin)
        {
            // A native date field shows the date in the browser's own format (mm/dd/yyyy, dd.mm.yyyy...): a hint that spells a pattern contradicts it.
            string[] patterns = ["YYYY", "İİİİ", "ГГГГ", "year-month-day", "il-ay-gün"];
            await admin.GetAsync("/backoffice/content/newsArticle");
            var list = WebUtility.HtmlDecode(admin.LastPage);
            Assert.Contains($"<p class=\"hint\" id=\"from-hint\">{listHint}</p>", list, StringComparison.Ordinal);
            Assert.Contains("id=\"from\" name=\"from\" type=\"date\"", list, StringComparison.Ordinal);

            await admin.GetAsync("/backoffice/audit?from=9.3.2026");
            var audit = WebUtility.HtmlDecode(admin.LastPage);
            Assert.Contains($"<label for=\"from\">{auditLabel}</label>", audit, StringComparison.Ordinal);
            Assert.Contains("aria-invalid=\"true\"", audit, StringComparison.Ordinal);
            Assert.All(patterns, p => Assert.DoesNotContain(p, list + audit, StringComparison.Ordinal));
        }
    }
}
