using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Media;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Infrastructure.Media;
using OmbudsmanSite.Infrastructure.Tests.Media;
using OmbudsmanSite.Infrastructure.Tests.Support;

namespace OmbudsmanSite.Infrastructure.Tests.Editorial;

public sealed class DuplicateAndBulkTests
{
    private static readonly ActingUser Writer = new("test:leyla", "Leyla (writer)") { Rights = EditorialRights.ForRoles([BackofficeRoles.Writer], []) };
    private static readonly ActingUser Translator = new("test:olga", "Olga (translator)") { Rights = EditorialRights.ForRoles([BackofficeRoles.Translator], ["ru"]) };

    [Fact]
    public async Task A_duplicate_is_a_new_draft_in_every_language_with_the_same_values_its_own_addresses_and_an_audit_naming_the_original()
    {
        var site = await TestSite.CreateSqliteAsync();
        var image = (await site.Media.UploadAsync(new MediaUpload(MediaContent.FromBytes(TestImages.Jpeg(40, 30)), "lead.jpg"))).Item!;
        var original = await site.CreateAsync(DocumentType.Meeting, new Dictionary<string, string> { ["az"] = "Görüş", ["en"] = "Meeting" }, publish: ["az"],
            shape: v => v with { ImageId = image.Id, Meeting = new MeetingValues { Format = MeetingFormat.Online } });

        var copied = await site.Editing.DuplicateAsync(original, Writer);

        Assert.Equal(OperationStatus.Success, copied.Status);
        var copy = copied.DocumentId!.Value;
        Assert.NotEqual(original, copy);
        var states = (await site.Queries.StatesAsync(copy))!;
        Assert.Equal([("az", CultureState.Draft), ("en", CultureState.Draft)], states.Cultures.Select(c => (c.Culture, c.State)));
        var originalStates = (await site.Queries.StatesAsync(original))!;
        Assert.All(states.Cultures, c => Assert.NotEqual(originalStates.Cultures.Single(o => o.Culture == c.Culture).Slug, c.Slug));
        var values = (await site.Queries.ValuesAsync(copy))!;
        Assert.Equal((image.Id, MeetingFormat.Online, "Meeting"), (values.ImageId, values.Meeting!.Format, values.Culture("en")!.Title));
        Assert.Equal(image.Id, states.ImageId); // the list's thumbnail follows the working copy
        await using var db = await site.Contexts.CreateDbContextAsync();
        var audit = await db.AuditEntries.SingleAsync(a => a.DocumentId == copy);
        Assert.Equal((AuditAction.Duplicate, Writer.Id), (audit.Action, audit.UserId));
        Assert.Contains(original.ToString("D"), audit.Detail, StringComparison.Ordinal);

        Assert.Equal(OperationStatus.Forbidden, (await site.Editing.DuplicateAsync(original, Translator)).Status); // a new item needs the shared fields
        Assert.Equal(OperationStatus.NotFound, (await site.Editing.DuplicateAsync(Guid.NewGuid(), Writer)).Status);
    }

    [Fact]
    public async Task Items_stored_before_the_list_image_existed_get_it_from_their_working_copy_when_its_migration_runs()
    {
        var site = await TestSite.CreateSqliteAsync();
        var image = (await site.Media.UploadAsync(new MediaUpload(MediaContent.FromBytes(TestImages.Jpeg(40, 30)), "lead.jpg"))).Item!;
        var pictured = await site.CreateAsync(DocumentType.NewsArticle, new Dictionary<string, string> { ["az"] = "Şəkilli" }, shape: v => v with { ImageId = image.Id });
        var plain = await site.CreateAsync(DocumentType.NewsArticle, new Dictionary<string, string> { ["az"] = "Şəkilsiz" });
        await using var db = await site.Contexts.CreateDbContextAsync();
        await db.Documents.ExecuteUpdateAsync(d => d.SetProperty(x => x.ImageId, (Guid?)null)); // as a database migrated from before the column

        Assert.Equal(1, await DocumentImageBackfill.RunAsync(db, CancellationToken.None));

        Assert.Equal(image.Id, (await site.Queries.StatesAsync(pictured))!.ImageId);
        Assert.Null((await site.Queries.StatesAsync(plain))!.ImageId);
    }

    [Fact]
    public async Task A_bulk_action_applies_each_items_chosen_languages_skips_what_does_not_apply_and_lets_the_services_refuse_item_by_item()
    {
        var site = await TestSite.CreateSqliteAsync();
        var both = await site.CreateAsync(DocumentType.Meeting, new Dictionary<string, string> { ["az"] = "Bir", ["en"] = "One" });
        var azOnly = await site.CreateAsync(DocumentType.Meeting, new Dictionary<string, string> { ["az"] = "İki" });
        var bulk = new BulkEditor(site.Queries, site.Editing, site.Publishing, site.Reviews);

        var published = await bulk.RunAsync(BulkAction.Publish, [both, azOnly], ["en"], TestSite.Tester);
        Assert.Equal([(both, ["en"], true), (azOnly, [], false)], published.Select(r => (r.Id, (string[])[.. r.Cultures], r.Result is not null)));
        Assert.Equal(CultureState.Published, (await site.Queries.StatesAsync(both))!.StateOf("en"));
        Assert.True(published[1].Skipped);

        var refused = await bulk.RunAsync(BulkAction.Delete, [both, azOnly], [], Writer);
        Assert.All(refused, r => Assert.Equal(OperationStatus.Forbidden, r.Result!.Status)); // a writer may not delete: each item says so
        var unpublished = await bulk.RunAsync(BulkAction.Unpublish, [both], ["az", "en"], TestSite.Tester);
        Assert.Equal(["en"], unpublished.Single().Cultures); // only what is live
    }
}
