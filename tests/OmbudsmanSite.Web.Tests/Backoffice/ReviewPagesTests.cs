using System.Net;
using Microsoft.Extensions.DependencyInjection;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Infrastructure.Identity;
using OmbudsmanSite.Web.Tests.Support;

namespace OmbudsmanSite.Web.Tests.Backoffice;

/// <summary>The review queue and a request's page over HTTP, with reports needing review as shipped.</summary>
public sealed class ReviewPagesTests(ReviewedSiteFactory site) : IClassFixture<ReviewedSiteFactory>
{
    [Fact]
    public async Task An_editor_compares_a_submitted_translation_with_the_published_text_and_approves_it()
    {
        var (writerAccount, writerBrowser) = await BackofficeUsers.SignedInAsync(site, "review.writer@ombudsman.test", BackofficeRoles.Writer);
        writerBrowser.Dispose();
        var writer = As(writerAccount, BackofficeRoles.Writer);
        var id = await ReportAsync(("az", "İllik məruzə"), ("ru", "Ежегодный доклад"));
        var submitted = await site.Services.GetRequiredService<ContentReviewService>().SubmitAsync(id, ["ru"], "Проверьте термины", writer);
        Assert.True(submitted.Succeeded);

        var (_, editor) = await BackofficeUsers.SignedInAsync(site, "review.editor@ombudsman.test", BackofficeRoles.Editor);
        using (editor)
        {
            Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/backoffice/content/report")).StatusCode);
            Assert.Contains("<li class=\"state state-inreview\"><abbr title=\"Russian\">RU</abbr>: in review</li>", editor.LastPage, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/backoffice/review")).StatusCode);
            var link = $"/backoffice/review/{submitted.RowId}";
            Assert.Contains($"<a href=\"{link}\" lang=\"az\">İllik məruzə</a>", editor.LastPage, StringComparison.Ordinal);
            Assert.Contains("Проверьте термины", editor.LastPage, StringComparison.Ordinal);

            Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync(link)).StatusCode);
            Assert.Contains("<ins><span class=\"visually-hidden\">added: </span>Ежегодный доклад", editor.LastPage, StringComparison.Ordinal);
            Assert.Contains("Baku time (UTC+04:00)", WebUtility.HtmlDecode(editor.LastPage), StringComparison.Ordinal); // the schedule choice names its zone
            Assert.DoesNotContain("İllik məruzə</ins>", editor.LastPage, StringComparison.Ordinal); // only the submitted language

            var unreadable = await editor.SubmitAsync(link, new Dictionary<string, string> { ["ru.decision"] = "schedule", ["ru.schedule"] = "next monday", ["comment"] = "Хорошо" }, formName: "decide");
            Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);
            Assert.Contains("<a href=\"#ru.schedule\">", editor.LastPage, StringComparison.Ordinal);
            Assert.Contains(">Хорошо</textarea>", editor.LastPage, StringComparison.Ordinal); // what she wrote stays

            var approved = await editor.SubmitAsync(link, new Dictionary<string, string> { ["ru.decision"] = "now", ["comment"] = "Хорошо" }, formName: "decide");
            Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
            Assert.Contains("Russian: approved and published.", editor.LastPage, StringComparison.Ordinal);
            Assert.Contains("Approved: review.editor — Хорошо", editor.LastPage, StringComparison.Ordinal);
        }

        var states = (await site.Services.GetRequiredService<ContentQueries>().StatesAsync(id))!;
        Assert.Equal(CultureState.Published, states.StateOf("ru"));
        Assert.Equal(CultureState.Draft, states.StateOf("az"));
    }

    [Fact]
    public async Task Nobody_decides_her_own_request_and_sending_back_needs_a_comment()
    {
        var (account, editor) = await BackofficeUsers.SignedInAsync(site, "review.self@ombudsman.test", BackofficeRoles.Editor);
        using (editor)
        {
            var id = await ReportAsync(("az", "Öz hesabatım"));
            var reviews = site.Services.GetRequiredService<ContentReviewService>();
            var mine = await reviews.SubmitAsync(id, ["az"], null, As(account, BackofficeRoles.Editor));
            Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync($"/backoffice/review/{mine.RowId}")).StatusCode);
            Assert.Contains("You submitted this: another editor reviews it.", editor.LastPage, StringComparison.Ordinal);
            Assert.DoesNotContain("name=\"_handler\" value=\"decide\"", editor.LastPage, StringComparison.Ordinal);

            var forged = await editor.PostWithTokenOfLastPageAsync($"/backoffice/review/{mine.RowId}", [new("_handler", "decide"), new("az.decision", "now")]);
            Assert.NotEqual(HttpStatusCode.OK, forged.StatusCode); // no such form here, and the service refuses her anyway (ReviewWorkflowTests)
            Assert.Equal(CultureState.Draft, (await site.Services.GetRequiredService<ContentQueries>().StatesAsync(id))!.StateOf("az"));

            var (_, other) = await BackofficeUsers.SignedInAsync(site, "review.other@ombudsman.test", BackofficeRoles.Editor);
            using (other)
            {
                var page = $"/backoffice/review/{mine.RowId}";
                var empty = await other.SubmitAsync(page, new Dictionary<string, string> { ["az.decision"] = "back", ["comment"] = " " }, formName: "decide");
                Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
                Assert.Contains("aria-invalid=\"true\"", other.LastPage, StringComparison.Ordinal);
                Assert.Equal(HttpStatusCode.OK, (await other.SubmitAsync(page, new Dictionary<string, string> { ["az.decision"] = "back", ["comment"] = "Add the year." }, formName: "decide")).StatusCode);
                Assert.Contains("Azerbaijani: sent back with your comment.", other.LastPage, StringComparison.Ordinal);
            }

            // Her dashboard says so, with the comment.
            Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/backoffice")).StatusCode);
            Assert.Contains("Sent back to you", editor.LastPage, StringComparison.Ordinal);
            Assert.Contains("review.other — Add the year.", editor.LastPage, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NotFound, (await editor.GetAsync("/backoffice/review/999999")).StatusCode);
        }
    }

    [Fact]
    public async Task A_force_publish_through_the_api_needs_a_reason_and_stays_on_the_dashboard_until_reviewed()
    {
        var (_, editor) = await BackofficeUsers.SignedInAsync(site, "review.force@ombudsman.test", BackofficeRoles.Editor);
        using (editor)
        {
            var id = await ReportAsync(("az", "Təcili bəyanat"));
            await editor.GetAsync("/backoffice");
            var refused = await editor.PostWithTokenOfLastPageAsync($"/backoffice/api/content/{id:D}/publish", [new("culture", "az")]);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Contains("needs review", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            await editor.GetAsync("/backoffice");
            var forced = await editor.PostWithTokenOfLastPageAsync($"/backoffice/api/content/{id:D}/publish", [new("culture", "az"), new(FieldNames.ForceReason, "Due at noon")]);
            Assert.Equal(HttpStatusCode.OK, forced.StatusCode);
            await editor.GetAsync("/backoffice");
            Assert.Contains("Published by force: awaiting a second editor", editor.LastPage, StringComparison.Ordinal);
            Assert.Contains("Due at noon", editor.LastPage, StringComparison.Ordinal);

            var owed = Assert.Single(await site.Services.GetRequiredService<ContentQueries>().PendingReviewsAsync(id));
            var reviewer = As(await BackofficeUsers.CreateAsync(site, "review.second@ombudsman.test", BackofficeRoles.Editor), BackofficeRoles.Editor);
            Assert.True((await site.Services.GetRequiredService<ContentReviewService>().ApproveAsync(owed.Id, null, null, reviewer)).Succeeded);
            await editor.GetAsync("/backoffice");
            Assert.DoesNotContain("Due at noon", editor.LastPage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task One_decision_publishes_one_language_now_schedules_another_and_sends_the_third_back()
    {
        var (writerAccount, writerBrowser) = await BackofficeUsers.SignedInAsync(site, "split.writer@ombudsman.test", BackofficeRoles.Writer);
        using (writerBrowser)
        {
            var id = await ReportAsync(("az", "Üç dildə hesabat"), ("en", "A report in three languages"), ("ru", "Доклад на трёх языках"));
            var submitted = await site.Services.GetRequiredService<ContentReviewService>().SubmitAsync(id, ["az", "en", "ru"], null, As(writerAccount, BackofficeRoles.Writer));

            var (_, editor) = await BackofficeUsers.SignedInAsync(site, "split.editor@ombudsman.test", BackofficeRoles.Editor);
            using (editor)
            {
                var decided = await editor.SubmitAsync($"/backoffice/review/{submitted.RowId}", new Dictionary<string, string>
                {
                    ["az.decision"] = "now", ["en.decision"] = "schedule", ["en.schedule"] = "2031-03-10T09:00", ["ru.decision"] = "back", ["comment"] = "Русский текст: проверьте цифры.",
                }, formName: "decide");
                Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
                Assert.Contains("Azerbaijani: approved and published. English: approved, goes live at 2031-03-10 09:00 Baku time. Russian: sent back with your comment.", editor.LastPage, StringComparison.Ordinal);
                Assert.Contains("<li>Russian: sent back</li>", editor.LastPage, StringComparison.Ordinal);
            }

            var states = (await site.Services.GetRequiredService<ContentQueries>().StatesAsync(id))!;
            Assert.Equal((CultureState.Published, CultureState.Scheduled, CultureState.Draft), (states.StateOf("az"), states.StateOf("en"), states.StateOf("ru")));
            var trail = (await site.Services.GetRequiredService<ContentQueries>().AuditAsync(new AuditQuery { DocumentId = id })).Items;
            Assert.Contains(trail, a => a.Action == AuditAction.ReviewApproved && a.Cultures == "az" && a.Detail == "Русский текст: проверьте цифры."); // the decision's one comment
            Assert.Contains(trail, a => a.Action == AuditAction.ReviewApproved && a.Cultures == "en" && a.Detail!.StartsWith("scheduled", StringComparison.Ordinal));
            Assert.Contains(trail, a => a.Action == AuditAction.ReviewSentBack && a.Cultures == "ru" && a.Detail == "Русский текст: проверьте цифры.");

            // The writer reads what went back, and only that.
            await writerBrowser.GetAsync($"/backoffice/content/{id:D}");
            await writerBrowser.GetAsync("/backoffice");
            Assert.Contains("Русский текст: проверьте цифры.", writerBrowser.LastPage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_reviewer_sees_the_errors_the_checks_found_and_approves_them_only_with_a_reason()
    {
        var (writerAccount, writerBrowser) = await BackofficeUsers.SignedInAsync(site, "table.writer@ombudsman.test", BackofficeRoles.Writer);
        using (writerBrowser)
        {
            var id = await ReportWithBodyAsync("<table><tbody><tr><td>2025</td><td>4 120</td></tr></tbody></table>", ("en", "Complaints in figures"));
            var submitted = await site.Services.GetRequiredService<ContentReviewService>().SubmitAsync(id, ["en"], null, As(writerAccount, BackofficeRoles.Writer));
            var (_, editor) = await BackofficeUsers.SignedInAsync(site, "table.editor@ombudsman.test", BackofficeRoles.Editor);
            using (editor)
            {
                var page = $"/backoffice/review/{submitted.RowId}";
                await editor.GetAsync(page);
                Assert.Contains("The checks found 1 error(s) in the languages submitted.", editor.LastPage, StringComparison.Ordinal);
                Assert.Contains("English: ", editor.LastPage, StringComparison.Ordinal);
                Assert.Contains("name=\"force-reason\"", editor.LastPage, StringComparison.Ordinal);

                var refused = await editor.SubmitAsync(page, new Dictionary<string, string> { ["en.decision"] = "now" }, formName: "decide");
                Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
                Assert.Contains("href=\"#force-reason\"", editor.LastPage, StringComparison.Ordinal);
                Assert.Equal(CultureState.Draft, (await site.Services.GetRequiredService<ContentQueries>().StatesAsync(id))!.StateOf("en"));

                var forced = await editor.SubmitAsync(page, new Dictionary<string, string> { ["en.decision"] = "now", ["force-reason"] = "The figures are due today." }, formName: "decide");
                Assert.Equal(HttpStatusCode.OK, forced.StatusCode);
                Assert.Equal(CultureState.Published, (await site.Services.GetRequiredService<ContentQueries>().StatesAsync(id))!.StateOf("en"));
                Assert.Contains((await site.Services.GetRequiredService<ContentQueries>().AuditAsync(new AuditQuery { DocumentId = id })).Items,
                    a => a.Action == AuditAction.ChecksOverridden && a.Detail == "The figures are due today. [en:TableWithoutHeaderRow]");
            }
        }
    }

    private static ActingUser As(BackofficeUser account, string role) =>
        new(account.Id, account.DisplayName) { Rights = EditorialRights.ForRoles([role], []) };

    private Task<Guid> ReportAsync(params (string Culture, string Title)[] titles) => ReportWithBodyAsync("<p>Mətn.</p>", titles);

    private async Task<Guid> ReportWithBodyAsync(string body, params (string Culture, string Title)[] titles)
    {
        var created = await site.Services.GetRequiredService<ContentEditingService>().CreateAsync(new CreateContentRequest
        {
            Type = DocumentType.Report,
            Values = new ContentValues
            {
                Report = new ReportValues { Year = 2025 },
                Cultures = titles.ToDictionary(t => t.Culture, t => new CultureValues { Title = t.Title, BodyHtml = body }),
            },
        }, SiteFactory.Editor);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Message)));
        return created.DocumentId!.Value;
    }
}
