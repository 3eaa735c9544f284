using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Tests.Support;

namespace OmbudsmanSite.Infrastructure.Tests.Editorial;

/// <summary>
/// "Published in error" through the editorial service: the item goes to the recycle bin in one
/// audited step, its addresses answer 410 or send visitors to the item chosen to replace it (in its
/// own section, in the languages it is live in), and restoring it gives the addresses back.
/// </summary>
public sealed class PublishedInErrorTests
{
    [Fact]
    public async Task An_item_published_in_error_leaves_the_site_and_its_addresses_lead_to_its_replacement_until_it_is_restored()
    {
        var site = await TestSite.CreateSqliteAsync();
        var wrong = await site.CreateAsync(DocumentType.NewsArticle, new Dictionary<string, string> { ["az"] = "Səhv hesabat xəbəri", ["en"] = "Wrong report news", ["ru"] = "Ошибочная новость" }, publish: ["az", "en", "ru"]);
        var report = await site.CreateAsync(DocumentType.Report, new Dictionary<string, string> { ["az"] = "İllik məruzə 2025", ["en"] = "Annual report 2025" }, publish: ["az", "en"]);
        var draft = await site.CreateAsync(DocumentType.NewsArticle, new Dictionary<string, string> { ["en"] = "Never published" });
        var onlyRussian = await site.CreateAsync(DocumentType.Page, new Dictionary<string, string> { ["ru"] = "Только по-русски" }, publish: ["ru"]);
        var addresses = (await site.Published.FindAsync(wrong))!.Variants.ToDictionary(v => v.Culture, v => v.Slug);
        var reportAddresses = (await site.Published.FindAsync(report))!.Variants.ToDictionary(v => v.Culture, v => v.Slug);

        var writer = new ActingUser("test:writer", "Writer (test)") { Rights = EditorialRights.ForRoles([BackofficeRoles.Writer], []) };
        Assert.Equal(OperationStatus.Forbidden, (await site.Withdrawal.RemovePublishedInErrorAsync(wrong, report, writer)).Status);
        Assert.Equal(EditorialMessages.RemovalNeedsPublishedItem, (await site.Withdrawal.RemovePublishedInErrorAsync(draft, null, TestSite.Tester)).Errors.Single().Key);
        Assert.Equal((FieldNames.Replacement, EditorialMessages.ReplacementIsTheItem), Refusal(await site.Withdrawal.RemovePublishedInErrorAsync(wrong, wrong, TestSite.Tester)));
        Assert.Equal((FieldNames.Replacement, EditorialMessages.ReplacementMissing), Refusal(await site.Withdrawal.RemovePublishedInErrorAsync(wrong, Guid.NewGuid(), TestSite.Tester)));
        Assert.Equal((FieldNames.Replacement, EditorialMessages.ReplacementNotLive), Refusal(await site.Withdrawal.RemovePublishedInErrorAsync(wrong, draft, TestSite.Tester)));
        Assert.Equal(3, (await site.Published.FindAsync(wrong))!.Variants.Count); // every refusal left it live

        var removed = await site.Withdrawal.RemovePublishedInErrorAsync(wrong, report, TestSite.Tester);

        Assert.Equal(OperationStatus.Success, removed.Status);
        Assert.Empty((await site.Published.FindAsync(wrong))?.Variants ?? []);
        Assert.Contains((await site.Queries.RecycleBinAsync(1, 20)).Items, b => b.Item.Id == wrong);
        foreach (var culture in new[] { "az", "en" })
        {
            // The news address leads to the report, in the report's own section.
            Assert.Equal(new MissingAddress(MissingAddressKind.MovedPermanently, reportAddresses[culture], DocumentType.Report),
                await site.Published.ResolveMissingAsync(DocumentType.NewsArticle, culture, addresses[culture]));
        }

        Assert.Equal(MissingAddress.Gone, await site.Published.ResolveMissingAsync(DocumentType.NewsArticle, "ru", addresses["ru"])); // the report has no Russian
        var audit = Assert.Single((await site.Queries.AuditAsync(new AuditQuery { DocumentId = wrong, Action = AuditAction.RemovedPublishedInError })).Items);
        Assert.Equal("Səhv hesabat xəbəri → İllik məruzə 2025 (az, en)", audit.Detail);

        // Restored: live again at its own addresses, which no longer lead anywhere else.
        Assert.Equal(OperationStatus.Success, (await site.Editing.RestoreAsync(wrong, TestSite.Tester)).Status);
        Assert.Equal(addresses, (await site.Published.FindAsync(wrong))!.Variants.ToDictionary(v => v.Culture, v => v.Slug));
        Assert.DoesNotContain((await site.Redirects.ListAsync(null, 1, 50)).Items, r => r.Kind == RedirectKind.PublishedInError);

        // Without a replacement every address answers 410; a replacement live in none of its languages is refused.
        Assert.Equal((FieldNames.Replacement, EditorialMessages.ReplacementNotLive), Refusal(await site.Withdrawal.RemovePublishedInErrorAsync(report, onlyRussian, TestSite.Tester)));
        Assert.Equal(OperationStatus.Success, (await site.Withdrawal.RemovePublishedInErrorAsync(wrong, null, TestSite.Tester)).Status);
        foreach (var (culture, slug) in addresses)
        {
            Assert.Equal(MissingAddress.Gone, await site.Published.ResolveMissingAsync(DocumentType.NewsArticle, culture, slug));
        }
    }

    private static (string Field, string? Key) Refusal(EditorialResult result)
    {
        Assert.Equal(OperationStatus.Invalid, result.Status);
        var error = Assert.Single(result.Errors);
        return (error.Field, error.Key);
    }
}
