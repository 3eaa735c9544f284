using OmbudsmanSite.Core.Checks;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Tests.Support;

namespace OmbudsmanSite.Infrastructure.Tests.Checks;

/// <summary>
/// Where a type's errors block publishing, a person publishes or schedules a language with errors only
/// with a reason, which the audit keeps with the checks overridden; languages without errors, types
/// not gated and the robots pass as they are.
/// </summary>
public sealed class PublishingGateTests
{
    [Fact]
    public async Task Errors_in_a_language_going_live_stop_a_publish_until_a_reason_is_given()
    {
        var site = await TestSite.CreateSqliteAsync();
        site.CheckOptions.Value.ErrorsBlockPublishing[DocumentType.NewsArticle] = true;
        var draftOnly = await site.CreateAsync(DocumentType.NewsArticle, new Dictionary<string, string> { ["az"] = "Hələ qaralama" });
        var id = await site.CreateAsync(DocumentType.NewsArticle, new Dictionary<string, string> { ["az"] = "Bəyanat", ["en"] = "Statement" }, shape: values => values with
        {
            Cultures = new Dictionary<string, CultureValues>
            {
                ["az"] = new() { Title = "Bəyanat", Summary = "Qısa.", BodyHtml = $"<p>Bax: <a href=\"{InternalLink.HrefOf(draftOnly)}\">3 may bəyanatı</a>.</p>" },
                ["en"] = new() { Title = "Statement", Summary = "Short.", BodyHtml = "<p>The Ombudsman made a statement.</p>" },
            },
        });

        // English has no errors: it goes live without a word.
        Assert.Equal(OperationStatus.Success, (await site.Publishing.PublishAsync(id, ["en"], TestSite.Tester)).Status);

        // Azerbaijani links to an item live nowhere: refused, with a keyed message on the reason's field.
        var refused = await site.Publishing.PublishAsync(id, ["az"], TestSite.Tester);
        Assert.Equal(OperationStatus.Invalid, refused.Status);
        var error = Assert.Single(refused.Errors);
        Assert.Equal((FieldNames.ForceReason, EditorialMessages.ChecksBlockPublishing), (error.Field, error.Key));
        Assert.Equal(["1"], error.Values);
        Assert.Equal(CultureState.Draft, (await site.Queries.StatesAsync(id))!.StateOf("az"));
        var monday = site.Clock.UtcNow.AddDays(3);
        Assert.Equal(OperationStatus.Invalid, (await site.Publishing.ScheduleAsync(id, "az", ScheduleAction.Publish, monday, TestSite.Tester)).Status);

        var forced = await site.Publishing.PublishAsync(id, ["az"], TestSite.Tester, "  The minister quoted it this morning.  ");
        Assert.Equal(OperationStatus.Success, forced.Status);
        Assert.Equal(CultureState.Published, (await site.Queries.StatesAsync(id))!.StateOf("az"));
        var audit = Assert.Single((await site.Queries.AuditAsync(new AuditQuery { DocumentId = id, Action = AuditAction.ChecksOverridden })).Items);
        Assert.Equal("The minister quoted it this morning. [az:LinkToUnavailableItem]", audit.Detail);
        Assert.Equal("az", audit.Cultures);

        // Once the linked item is live, the same text passes.
        await site.Publishing.PublishAsync(draftOnly, ["az"], TestSite.Tester);
        await site.EditAsync(id, values => values with { Cultures = new Dictionary<string, CultureValues>(values.Cultures) { ["az"] = values.Cultures["az"] with { Summary = "Qısa bəyanat." } } });
        Assert.Equal(OperationStatus.Success, (await site.Publishing.PublishAsync(id, ["az"], TestSite.Tester)).Status);
        Assert.Single((await site.Queries.AuditAsync(new AuditQuery { DocumentId = id, Action = AuditAction.ChecksOverridden })).Items);
    }

    [Fact]
    public async Task A_reviewer_approving_a_language_with_errors_gives_a_reason_too()
    {
        var site = await TestSite.CreateSqliteAsync();
        site.CheckOptions.Value.ErrorsBlockPublishing[DocumentType.NewsArticle] = true;
        var writer = new ActingUser("test:writer", "Writer (test)") { Rights = EditorialRights.ForRoles([BackofficeRoles.Writer], []) };
        var id = await site.CreateAsync(DocumentType.NewsArticle, new Dictionary<string, string> { ["en"] = "Figures" }, shape: values => values with
        {
            Cultures = new Dictionary<string, CultureValues>
            {
                ["az"] = new() { Title = "Rəqəmlər", Summary = "Qısa.", BodyHtml = "<p>Müraciətlər artıb.</p>" },
                ["en"] = new() { Title = "Figures", Summary = "Short.", BodyHtml = "<table><tbody><tr><td>2024</td><td>312</td></tr></tbody></table>" },
            },
        });
        var version = (await site.Queries.DocumentAsync(id))!.HeadVersion;
        var request = (await site.Reviews.SubmitAsync(id, ["az", "en"], null, writer)).RowId!.Value;
        var approveBoth = new Dictionary<string, LanguageDecision> { ["az"] = new(ReviewVerdict.Approved), ["en"] = new(ReviewVerdict.Approved) };

        var refused = await site.Reviews.DecideAsync(request, approveBoth, null, TestSite.Tester);
        Assert.Equal((FieldNames.ForceReason, EditorialMessages.ChecksBlockPublishing), (refused.Errors.Single().Field, refused.Errors.Single().Key));
        Assert.Equal(CultureState.Draft, (await site.Queries.StatesAsync(id))!.StateOf("az")); // nothing went live

        // Sending the flawed language back needs no reason: only what goes live is held.
        var sendEnglishBack = new Dictionary<string, LanguageDecision> { ["az"] = new(ReviewVerdict.Approved), ["en"] = new(ReviewVerdict.SentBack) };
        Assert.Equal(OperationStatus.Success, (await site.Reviews.DecideAsync(request, sendEnglishBack, "Add a header row to the table.", TestSite.Tester)).Status);
        Assert.Equal((CultureState.Published, CultureState.Draft), ((await site.Queries.StatesAsync(id))!.StateOf("az"), (await site.Queries.StatesAsync(id))!.StateOf("en")));

        // Submitted again as it was, English goes live only with a reason, which the audit keeps with the version approved.
        var again = (await site.Reviews.SubmitAsync(id, ["en"], "The table stays as it is.", writer)).RowId!.Value;
        var approveEnglish = new Dictionary<string, LanguageDecision> { ["en"] = new(ReviewVerdict.Approved) };
        Assert.Equal(OperationStatus.Invalid, (await site.Reviews.DecideAsync(again, approveEnglish, null, TestSite.Tester, forceReason: " ")).Status);
        Assert.Equal(OperationStatus.Success, (await site.Reviews.DecideAsync(again, approveEnglish, null, TestSite.Tester, forceReason: "The table is a figure the press asked for.")).Status);
        Assert.Equal(CultureState.Published, (await site.Queries.StatesAsync(id))!.StateOf("en"));
        var audit = Assert.Single((await site.Queries.AuditAsync(new AuditQuery { DocumentId = id, Action = AuditAction.ChecksOverridden })).Items);
        Assert.Equal(("The table is a figure the press asked for. [en:TableWithoutHeaderRow]", (int?)version), (audit.Detail, audit.VersionNumber));
    }

    [Fact]
    public async Task A_type_not_gated_and_the_scheduler_publish_errors_as_they_are()
    {
        var site = await TestSite.CreateSqliteAsync();
        site.CheckOptions.Value.ErrorsBlockPublishing[DocumentType.NewsArticle] = true;
        var table = "<table><tbody><tr><td>2024</td><td>312</td></tr></tbody></table>";
        var meeting = await site.CreateAsync(DocumentType.Meeting, new Dictionary<string, string> { ["en"] = "Visit" }, shape: values => values with
        {
            Cultures = new Dictionary<string, CultureValues> { ["en"] = new() { Title = "Visit", BodyHtml = table } },
        });
        Assert.True((await site.Checker.CheckAsync(DocumentType.Meeting, (await site.Queries.EditorAsync(meeting))!.Values)).Single().HasErrors);
        Assert.Equal(OperationStatus.Success, (await site.Publishing.PublishAsync(meeting, ["en"], TestSite.Tester)).Status);

        var article = await site.CreateAsync(DocumentType.NewsArticle, new Dictionary<string, string> { ["en"] = "Figures" }, shape: values => values with
        {
            Cultures = new Dictionary<string, CultureValues> { ["en"] = new() { Title = "Figures", BodyHtml = table } },
        });
        Assert.Equal(OperationStatus.Invalid, (await site.Publishing.PublishAsync(article, ["en"], TestSite.Tester)).Status);
        Assert.Equal(OperationStatus.Success, (await site.Publishing.PublishAsync(article, ["en"], SystemUsers.Scheduler)).Status);
    }
}
