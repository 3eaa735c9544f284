using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Infrastructure.Tests.Support;

namespace OmbudsmanSite.Infrastructure.Tests.Editorial;

/// <summary>
/// Withdrawal through the editorial service: an explanation in every live language, audited; the
/// published item keeps its page data but leaves lists and their totals unless asked; a publish
/// keeps it withdrawn; undone, it is listed again.
/// </summary>
public sealed class WithdrawalTests
{
    [Fact]
    public async Task A_withdrawn_item_leaves_lists_but_keeps_its_page_until_the_withdrawal_is_undone()
    {
        var site = await TestSite.CreateSqliteAsync();
        var id = await site.CreateAsync(DocumentType.NewsArticle, new Dictionary<string, string> { ["az"] = "Köhnə təlimat", ["en"] = "Old guidance" }, publish: ["az", "en"]);
        var other = await site.CreateAsync(DocumentType.NewsArticle, new Dictionary<string, string> { ["en"] = "Current guidance" }, publish: ["en"]);
        var draft = await site.CreateAsync(DocumentType.NewsArticle, new Dictionary<string, string> { ["en"] = "Unpublished" });

        var notLive = await site.Withdrawal.WithdrawAsync(draft, new Dictionary<string, string?> { ["en"] = "No." }, TestSite.Tester);
        Assert.Equal((OperationStatus.Invalid, EditorialMessages.WithdrawalNeedsPublishedItem), (notLive.Status, notLive.Errors.Single().Key));
        var half = await site.Withdrawal.WithdrawAsync(id, new Dictionary<string, string?> { ["en"] = "Replaced.", ["az"] = "  " }, TestSite.Tester);
        Assert.Equal([("az.withdrawal", EditorialMessages.WithdrawalExplanationMissing)], half.Errors.Select(e => (e.Field, e.Key)));
        var long_ = await site.Withdrawal.WithdrawAsync(id, new Dictionary<string, string?> { ["en"] = new string('x', 1001), ["az"] = "Əvəz olunub." }, TestSite.Tester);
        Assert.Equal([("en.withdrawal", EditorialMessages.WithdrawalExplanationTooLong)], long_.Errors.Select(e => (e.Field, e.Key)));
        Assert.Null((await site.Published.FindAsync(id))!.Withdrawal);

        Assert.Equal(OperationStatus.Success, (await site.Withdrawal.WithdrawAsync(id, new Dictionary<string, string?> { ["en"] = " Replaced by the 2026 guidance. ", ["az"] = "Əvəz olunub." }, TestSite.Tester)).Status);
        var item = (await site.Published.FindAsync(id))!;
        Assert.Equal((site.Clock.UtcNow, "Replaced by the 2026 guidance."), (item.Withdrawal!.Utc, item.Withdrawal.Explanation["en"]));
        var list = await site.Published.ListAsync(DocumentType.NewsArticle, "en", ContentFilter.None, 1, 20);
        Assert.Equal([other], list.Items.Select(i => i.Id));
        Assert.Equal(1, list.TotalCount);
        var asked = await site.Published.ListAsync(DocumentType.NewsArticle, "en", new ContentFilter { IncludeWithdrawn = true }, 1, 20);
        Assert.Equal(2, asked.TotalCount);
        Assert.DoesNotContain((await site.Published.LatestAsync("az", null, 10)), i => i.Id == id);
        var audit = Assert.Single((await site.Queries.AuditAsync(new AuditQuery { DocumentId = id, Action = AuditAction.Withdrawn })).Items);
        Assert.Equal("az: Əvəz olunub. | en: Replaced by the 2026 guidance.", audit.Detail);

        // Saying it again changes nothing; a later publish keeps the withdrawal and its date.
        Assert.Equal(OperationStatus.Unchanged, (await site.Withdrawal.WithdrawAsync(id, new Dictionary<string, string?> { ["en"] = "Replaced by the 2026 guidance.", ["az"] = "Əvəz olunub." }, TestSite.Tester)).Status);
        var when = item.Withdrawal.Utc;
        site.Time.Advance(TimeSpan.FromHours(2));
        await site.EditAsync(id, values => values with { Cultures = new Dictionary<string, CultureValues>(values.Cultures) { ["en"] = values.Cultures["en"] with { Summary = "Old." } } }, publish: ["en"]);
        Assert.Equal(when, (await site.Published.FindAsync(id))!.Withdrawal?.Utc);

        Assert.Equal(OperationStatus.Success, (await site.Withdrawal.UndoAsync(id, TestSite.Tester)).Status);
        Assert.Null((await site.Published.FindAsync(id))!.Withdrawal);
        Assert.Equal(2, (await site.Published.ListAsync(DocumentType.NewsArticle, "en", ContentFilter.None, 1, 20)).TotalCount);
        Assert.Single((await site.Queries.AuditAsync(new AuditQuery { DocumentId = id, Action = AuditAction.WithdrawalUndone })).Items);
    }
}
