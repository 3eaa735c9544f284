using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Persistence;
using OmbudsmanSite.Infrastructure.Tests.Support;

namespace OmbudsmanSite.Infrastructure.Tests.Editorial;

/// <summary>Review before publishing, translation status and presence, on every provider.</summary>
public abstract class ReviewWorkflowTests
{
    private static readonly ActingUser Writer = new("test:leyla", "Leyla (writer)") { Rights = EditorialRights.ForRoles([BackofficeRoles.Writer], []) };
    private static readonly ActingUser Editor = new("test:aysel", "Aysel (editor)") { Rights = EditorialRights.ForRoles([BackofficeRoles.Editor], []) };
    private static readonly ActingUser SecondEditor = new("test:nigar", "Nigar (editor)") { Rights = EditorialRights.ForRoles([BackofficeRoles.Editor], []) };
    private static readonly ActingUser RussianTranslator = new("test:olga", "Olga (translator)") { Rights = EditorialRights.ForRoles([BackofficeRoles.Translator], ["ru"]) };

    protected abstract Task<TestSite> CreateSiteAsync();

    [Fact]
    public async Task A_submitted_translation_is_approved_by_another_editor_and_goes_live_and_every_step_is_audited()
    {
        var site = await ReviewedReportsAsync();
        var id = await site.CreateAsync(DocumentType.Report, new Dictionary<string, string> { ["az"] = "Hesabat", ["ru"] = "Доклад" });

        var direct = await site.Publishing.PublishAsync(id, ["ru"], Editor);
        Assert.Equal(OperationStatus.Invalid, direct.Status);
        Assert.Equal(FieldNames.ForceReason, direct.Errors[0].Field);

        var submitted = await site.Reviews.SubmitAsync(id, ["ru"], "Проверьте, пожалуйста, термины.", Writer);
        Assert.Equal(OperationStatus.Success, submitted.Status);
        var request = Assert.Single(await site.Queries.PendingReviewsAsync());
        Assert.Equal(["ru"], request.CultureList);
        Assert.Equal("Проверьте, пожалуйста, термины.", request.Note);

        var diff = (await site.Queries.ReviewDiffAsync(request))!;
        Assert.Contains(diff.Fields, f => f.Field == FieldNames.Title && f.Culture == "ru" && f.Segments.Any(s => s.Kind == DiffSegmentKind.Inserted && s.Text == "Доклад"));
        Assert.DoesNotContain(diff.Fields, f => f.Culture == "az");

        Assert.Equal(OperationStatus.Success, (await site.Reviews.ApproveAsync(request.Id, null, "Хорошо.", SecondEditor)).Status);
        Assert.Equal(CultureState.Published, (await site.Queries.StatesAsync(id))!.StateOf("ru"));
        Assert.Equal(CultureState.Draft, (await site.Queries.StatesAsync(id))!.StateOf("az"));
        Assert.Empty(await site.Queries.PendingReviewsAsync());
        Assert.Equal(OperationStatus.NotAllowed, (await site.Reviews.SendBackAsync(request.Id, "too late", Editor)).Status);

        var trail = (await site.Queries.AuditAsync(new AuditQuery { DocumentId = id })).Items.Select(a => (a.Action, a.UserName)).ToList();
        Assert.Contains((AuditAction.ReviewSubmitted, Writer.Name), trail);
        Assert.Contains((AuditAction.ReviewApproved, SecondEditor.Name), trail);
        Assert.Contains((AuditAction.Publish, SecondEditor.Name), trail);
    }

    [Fact]
    public async Task Nobody_approves_her_own_submission_and_sending_back_needs_a_comment()
    {
        var site = await ReviewedReportsAsync();
        var id = await site.CreateAsync(DocumentType.Report, new Dictionary<string, string> { ["az"] = "Hesabat" });
        await site.Reviews.SubmitAsync(id, ["az"], null, Editor);
        var request = Assert.Single(await site.Queries.PendingReviewsAsync(id));

        Assert.Equal(OperationStatus.Forbidden, (await site.Reviews.ApproveAsync(request.Id, null, null, Editor)).Status);
        Assert.Contains((await site.Queries.AuditAsync(new AuditQuery { Action = AuditAction.AccessDenied })).Items, a => a.UserName == Editor.Name);
        Assert.Equal(OperationStatus.Forbidden, (await site.Reviews.ApproveAsync(request.Id, null, null, Writer)).Status);
        Assert.Equal(OperationStatus.Invalid, (await site.Reviews.SendBackAsync(request.Id, "  ", SecondEditor)).Status);

        Assert.Equal(OperationStatus.Success, (await site.Reviews.SendBackAsync(request.Id, "Add the year to the title.", SecondEditor)).Status);
        var decided = Assert.Single(await site.Queries.DecidedReviewsAsync(id, 5));
        Assert.Equal((ReviewStatus.SentBack, "Add the year to the title.", SecondEditor.Name), (decided.Status, decided.Comment, decided.DecidedByName));
        Assert.Equal(CultureState.Draft, (await site.Queries.StatesAsync(id))!.StateOf("az"));
    }

    [Fact]
    public async Task Approval_can_schedule_and_text_changed_after_submission_is_not_approved_unseen()
    {
        var site = await ReviewedReportsAsync();
        var id = await site.CreateAsync(DocumentType.Report, new Dictionary<string, string> { ["az"] = "Hesabat", ["en"] = "Report" });
        await site.Reviews.SubmitAsync(id, ["az", "en"], null, Writer);
        var first = Assert.Single(await site.Queries.PendingReviewsAsync(id));
        site.Time.Advance(TimeSpan.FromMinutes(1));
        await site.EditAsync(id, v => v.WithCulture("en", v.Culture("en")! with { Title = "Annual report" }));

        Assert.Equal(OperationStatus.NotAllowed, (await site.Reviews.ApproveAsync(first.Id, null, null, Editor)).Status);

        await site.Reviews.SubmitAsync(id, ["en"], "Title fixed", Writer);
        var pending = await site.Queries.PendingReviewsAsync(id);
        var second = Assert.Single(pending); // the first is replaced, not left waiting
        var monday = site.Clock.UtcNow.AddDays(6);
        Assert.Equal(OperationStatus.Success, (await site.Reviews.ApproveAsync(second.Id, monday, null, Editor)).Status);
        var schedule = Assert.Single(await site.Queries.SchedulesAsync(id), s => s.Status == ScheduleStatus.Pending);
        Assert.Equal(("en", ScheduleAction.Publish, monday), (schedule.Culture, schedule.Action, schedule.DueUtc));
        Assert.Contains((await site.Queries.AuditAsync(new AuditQuery { Action = AuditAction.ReviewWithdrawn })).Items, a => a.DocumentId == id);
    }

    [Fact]
    public async Task A_force_publish_needs_a_reason_and_leaves_a_retrospective_review_for_someone_else()
    {
        var site = await ReviewedReportsAsync();
        var id = await site.CreateAsync(DocumentType.Report, new Dictionary<string, string> { ["az"] = "Təcili bəyanat" });

        Assert.Equal(OperationStatus.Success, (await site.Publishing.PublishAsync(id, ["az"], Editor, "Statement due at noon; no second editor in.")).Status);
        Assert.Equal(CultureState.Published, (await site.Queries.StatesAsync(id))!.StateOf("az"));
        var owed = Assert.Single(await site.Queries.PendingReviewsAsync(id));
        Assert.Equal((ReviewKind.Retrospective, "Statement due at noon; no second editor in."), (owed.Kind, owed.Note));

        Assert.Equal(OperationStatus.Forbidden, (await site.Reviews.ApproveAsync(owed.Id, null, null, Editor)).Status);
        Assert.Equal(OperationStatus.Success, (await site.Reviews.ApproveAsync(owed.Id, null, "Read: fine.", SecondEditor)).Status);
        Assert.Empty(await site.Queries.PendingReviewsAsync(id));
        var trail = (await site.Queries.AuditAsync(new AuditQuery { DocumentId = id })).Items.Select(a => a.Action).ToList();
        Assert.Contains(AuditAction.ForcePublished, trail);
        Assert.Contains(AuditAction.RetrospectiveReviewed, trail);

        // A type whose review is switched off publishes directly.
        var meeting = await site.CreateAsync(DocumentType.Meeting, new Dictionary<string, string> { ["az"] = "Görüş" });
        Assert.Equal(OperationStatus.Success, (await site.Publishing.PublishAsync(meeting, ["az"], Editor)).Status);
        Assert.Empty(await site.Queries.PendingReviewsAsync(meeting));
    }

    [Fact]
    public async Task A_translator_may_submit_only_her_language()
    {
        var site = await ReviewedReportsAsync();
        var id = await site.CreateAsync(DocumentType.Report, new Dictionary<string, string> { ["az"] = "Hesabat", ["ru"] = "Доклад" });
        Assert.Equal(OperationStatus.Forbidden, (await site.Reviews.SubmitAsync(id, ["az"], null, RussianTranslator)).Status);
        Assert.Equal(OperationStatus.Invalid, (await site.Reviews.SubmitAsync(id, ["en"], null, Writer)).Status);
        Assert.Equal(OperationStatus.Success, (await site.Reviews.SubmitAsync(id, ["ru"], null, RussianTranslator)).Status);
    }

    [Fact]
    public async Task A_translation_is_out_of_date_when_its_source_changes_until_it_follows_again_or_is_marked()
    {
        var site = await CreateSiteAsync();
        var id = await site.CreateAsync(DocumentType.Meeting, new Dictionary<string, string> { ["az"] = "Ombudsman BMT nümayəndəsi ilə görüşüb", ["ru"] = "Омбудсмен встретилась с представителем ООН" });
        Assert.False((await site.Queries.StatesAsync(id))!.Cultures.Single(c => c.Culture == "ru").IsOutOfDate);

        await site.EditAsync(id, v => v.WithCulture("az", v.Culture("az")! with { Title = "Ombudsman BMT nümayəndələri ilə görüşüb" }));
        var ru = (await site.Queries.StatesAsync(id))!.Cultures.Single(c => c.Culture == "ru");
        Assert.True(ru.IsOutOfDate);
        var since = (await site.Queries.SourceChangesAsync(id, "ru", "az"))!;
        var title = Assert.Single(since.Fields, f => f.Field == FieldNames.Title);
        Assert.Equal("az", title.Culture);
        Assert.Contains(title.Segments, s => s.Kind == DiffSegmentKind.Inserted && s.Text == "nümayəndələri");
        Assert.Contains(id, await OutOfDateOnTheDashboardAsync(site));

        // Following the source again: her next save of the translation.
        await site.EditAsync(id, v => v.WithCulture("ru", v.Culture("ru")! with { Title = "Омбудсмен встретилась с представителями ООН" }));
        Assert.False((await site.Queries.StatesAsync(id))!.Cultures.Single(c => c.Culture == "ru").IsOutOfDate);
        Assert.Null(await site.Queries.SourceChangesAsync(id, "ru", "az"));

        // Or saying so, when the change needs nothing of the translation; only someone who may edit it may.
        await site.EditAsync(id, v => v.WithCulture("az", v.Culture("az")! with { BodyHtml = "<p>Vergül düzəldildi.</p>" }));
        Assert.Equal(OperationStatus.Forbidden, (await site.Editing.MarkUpToDateAsync(id, "ru", new ActingUser("test:en", "English") { Rights = EditorialRights.ForRoles([BackofficeRoles.Translator], ["en"]) })).Status);
        Assert.Equal(OperationStatus.Success, (await site.Editing.MarkUpToDateAsync(id, "ru", RussianTranslator)).Status);
        Assert.False((await site.Queries.StatesAsync(id))!.Cultures.Single(c => c.Culture == "ru").IsOutOfDate);
        Assert.Contains((await site.Queries.AuditAsync(new AuditQuery { Action = AuditAction.MarkedUpToDate })).Items, a => a.DocumentId == id && a.UserName == RussianTranslator.Name);
        Assert.DoesNotContain(id, await OutOfDateOnTheDashboardAsync(site));
    }

    [Fact]
    public async Task A_translation_is_out_of_date_only_while_its_source_text_differs_and_a_rollback_to_that_text_brings_it_back()
    {
        var site = await CreateSiteAsync();
        var id = await site.CreateAsync(DocumentType.NewsArticle, new Dictionary<string, string> { ["az"] = "Hesabat təqdim olunub", ["ru"] = "Доклад представлен" });
        bool RussianOutOfDate(ItemStateSummary states) => states.Cultures.Single(c => c.Culture == "ru").IsOutOfDate;

        await site.EditAsync(id, v => v.WithCulture("az", v.Culture("az")! with { Title = "Hesabat parlamentə təqdim olunub" })); // v2
        Assert.True(RussianOutOfDate((await site.Queries.StatesAsync(id))!));

        // Rolled back to version 1: the Azerbaijani text is the one the translation follows, so it is up to date again.
        Assert.Equal(OperationStatus.Success, (await site.Editing.RollbackAsync(id, 1, TestSite.Tester)).Status); // v3
        Assert.False(RussianOutOfDate((await site.Queries.StatesAsync(id))!));
        Assert.Null(await site.Queries.SourceChangesAsync(id, "ru", "az"));

        // Changed again, then changed back by hand: the same.
        await site.EditAsync(id, v => v.WithCulture("az", v.Culture("az")! with { Summary = "Qısa məzmun" }));
        Assert.True(RussianOutOfDate((await site.Queries.StatesAsync(id))!));
        await site.EditAsync(id, v => v.WithCulture("az", v.Culture("az")! with { Summary = null }));
        Assert.False(RussianOutOfDate((await site.Queries.StatesAsync(id))!));
    }

    [Fact]
    public async Task A_submitted_language_shows_in_review_until_it_is_decided_and_lists_filter_by_it()
    {
        var site = await CreateSiteAsync();
        var id = await site.CreateAsync(DocumentType.Report, new Dictionary<string, string> { ["az"] = "Yoxlamada olan hesabat", ["ru"] = "Доклад на проверке" });
        var submitted = await site.Reviews.SubmitAsync(id, ["ru"], null, Writer);
        Assert.True(submitted.Succeeded);

        var states = (await site.Queries.StatesAsync(id))!;
        Assert.Equal((CultureState.Draft, CultureState.InReview), (states.StateOf("ru"), states.ShownStateOf("ru")));
        Assert.Equal(CultureState.Draft, states.ShownStateOf("az"));
        var inReview = await site.Queries.ListAsync(new EditorListQuery(DocumentType.Report) { State = CultureState.InReview, StateCulture = "ru" });
        Assert.Equal([id], inReview.Items.Select(i => i.Id));

        Assert.True((await site.Reviews.SendBackAsync(submitted.RowId!.Value, "Проверьте даты.", Editor)).Succeeded);
        Assert.Equal(CultureState.Draft, (await site.Queries.StatesAsync(id))!.ShownStateOf("ru"));
        Assert.Empty((await site.Queries.ListAsync(new EditorListQuery(DocumentType.Report) { State = CultureState.InReview, StateCulture = "ru" })).Items);
    }

    [Fact]
    public async Task One_decision_approves_some_languages_schedules_others_and_sends_the_rest_back_each_part_audited()
    {
        var site = await CreateSiteAsync();
        var id = await site.CreateAsync(DocumentType.Report, new Dictionary<string, string> { ["az"] = "Hesabat", ["en"] = "Report", ["ru"] = "Доклад" });
        var submitted = await site.Reviews.SubmitAsync(id, ["az", "en", "ru"], null, Writer);
        var monday = site.Clock.UtcNow.AddDays(3);

        var undecided = await site.Reviews.DecideAsync(submitted.RowId!.Value, new Dictionary<string, LanguageDecision> { ["az"] = new(ReviewVerdict.Approved), ["en"] = new(ReviewVerdict.Scheduled) }, null, Editor);
        Assert.Equal(OperationStatus.Invalid, undecided.Status);
        Assert.Equal(["en.schedule", "ru.decision"], undecided.Errors.Select(e => e.Field).Order(StringComparer.Ordinal));
        var noComment = await site.Reviews.DecideAsync(submitted.RowId!.Value, new Dictionary<string, LanguageDecision>
        {
            ["az"] = new(ReviewVerdict.Approved), ["en"] = new(ReviewVerdict.Scheduled, monday), ["ru"] = new(ReviewVerdict.SentBack),
        }, " ", Editor);
        Assert.Equal(FieldNames.ReviewNote, Assert.Single(noComment.Errors).Field);
        Assert.Equal(CultureState.Draft, (await site.Queries.StatesAsync(id))!.StateOf("az")); // nothing was done

        var decided = await site.Reviews.DecideAsync(submitted.RowId!.Value, new Dictionary<string, LanguageDecision>
        {
            ["az"] = new(ReviewVerdict.Approved), ["en"] = new(ReviewVerdict.Scheduled, monday), ["ru"] = new(ReviewVerdict.SentBack),
        }, "Русский: проверьте цифры.", Editor);

        Assert.Equal(OperationStatus.Success, decided.Status);
        var states = (await site.Queries.StatesAsync(id))!;
        Assert.Equal((CultureState.Published, CultureState.Scheduled, CultureState.Draft), (states.StateOf("az"), states.StateOf("en"), states.ShownStateOf("ru")));
        var request = (await site.Queries.DecidedReviewsAsync(id, 1)).Single();
        Assert.Equal(ReviewStatus.PartlySentBack, request.Status);
        Assert.Equal(ReviewVerdict.Scheduled, request.VerdictList["en"]);
        var trail = (await site.Queries.AuditAsync(new AuditQuery { DocumentId = id })).Items.Select(a => (a.Action, a.Cultures)).ToList();
        Assert.Contains((AuditAction.ReviewApproved, "az"), trail);
        Assert.Contains((AuditAction.ReviewApproved, "en"), trail);
        Assert.Contains((AuditAction.ReviewSentBack, "ru"), trail);
        Assert.Contains((AuditAction.Publish, "az"), trail);
        Assert.Contains((AuditAction.Schedule, "en"), trail);
    }

    [Fact]
    public async Task Presence_is_shared_expires_two_minutes_after_the_last_beat_and_a_take_over_reaches_the_other_editor()
    {
        var site = await CreateSiteAsync();
        var id = await site.CreateAsync(DocumentType.Meeting, new Dictionary<string, string> { ["az"] = "Görüş" });
        var presence = site.Presence; // one per node would share nothing but the database
        var aysel = Guid.NewGuid();
        var nigar = Guid.NewGuid();

        Assert.Empty((await presence.BeatAsync(id, aysel, Editor, "ru")).Others);
        var seen = await site.Presence.BeatAsync(id, nigar, SecondEditor, "az");
        Assert.Equal([(Editor.Name, "ru")], seen.Others.Select(p => (p.UserName, p.Culture)));
        Assert.Equal([Editor.Name, SecondEditor.Name], (await presence.ActiveAsync([id]))[id].Select(p => p.UserName));

        Assert.Equal(OperationStatus.Success, (await site.Presence.TakeOverAsync(id, nigar, SecondEditor)).Status);
        Assert.Equal(SecondEditor.Name, (await presence.BeatAsync(id, aysel, Editor, "ru")).TakenOverBy);
        Assert.Equal([SecondEditor.Name], (await presence.ActiveAsync([id]))[id].Select(p => p.UserName));
        Assert.Contains((await site.Queries.AuditAsync(new AuditQuery { Action = AuditAction.TakenOver })).Items, a => a.DocumentId == id && a.Detail == $"from {Editor.Name}");

        site.Time.Advance(TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(1));
        Assert.False((await presence.ActiveAsync([id])).ContainsKey(id));
        await presence.BeatAsync(id, nigar, SecondEditor, "az");
        await presence.LeaveAsync(nigar);
        Assert.False((await presence.ActiveAsync([id])).ContainsKey(id));
    }

    private static async Task<IEnumerable<Guid>> OutOfDateOnTheDashboardAsync(TestSite site) =>
        (await site.Queries.DashboardAsync(TestSite.Tester, [.. site.Cultures.All.Select(c => c.Code)], site.Clock.UtcNow, 10)).TranslationsOutOfDate.Select(i => i.Id);

    private async Task<TestSite> ReviewedReportsAsync()
    {
        var site = await CreateSiteAsync();
        site.EditorialOptions.Value.ReviewRequired[DocumentType.Report] = true;
        return site;
    }
}

public sealed class SqliteReviewWorkflowTests : ReviewWorkflowTests
{
    protected override Task<TestSite> CreateSiteAsync() => TestSite.CreateSqliteAsync();
}

[Collection(PostgreSqlTestGroup.Name)]
public sealed class PostgreSqlReviewWorkflowTests(PostgreSqlCluster cluster) : ReviewWorkflowTests
{
    protected override async Task<TestSite> CreateSiteAsync() =>
        await TestSite.CreateAsync(DatabaseProvider.PostgreSql, await cluster.CreateDatabaseAsync());
}
