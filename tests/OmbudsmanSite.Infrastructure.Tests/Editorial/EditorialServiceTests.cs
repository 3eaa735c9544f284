using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Infrastructure.Identity;
using OmbudsmanSite.Infrastructure.Persistence;
using OmbudsmanSite.Infrastructure.Tests.Support;

namespace OmbudsmanSite.Infrastructure.Tests.Editorial;

/// <summary>
/// The editorial rules, on every provider: <see cref="SqliteEditorialServiceTests"/> and
/// <see cref="PostgreSqlEditorialServiceTests"/> run the same cases against a real database each.
/// </summary>
public abstract class EditorialServiceTests
{
    private static readonly ActingUser Rashad = new("test:rashad", "Rashad (test)");

    protected abstract Task<TestSite> CreateSiteAsync();

    [Fact]
    public async Task Editing_a_published_culture_keeps_the_public_page_on_the_published_text_until_it_is_published_again()
    {
        var site = await CreateSiteAsync();
        var id = await site.CreateAsync(DocumentType.Meeting, Titles("Görüş", "Meeting", "Встреча"), ["az", "en"]);

        await site.EditAsync(id, v => Retitle(v, "en", "Meeting with OHCHR"));

        Assert.Equal("Meeting", (await site.Published.FindBySlugAsync(DocumentType.Meeting, "en", "meeting"))!.GetVariant("en")!.Title);
        var states = (await site.Queries.StatesAsync(id))!;
        Assert.Equal(CultureState.PublishedWithPendingChanges, states.StateOf("en"));
        Assert.Equal(CultureState.Published, states.StateOf("az"));
        Assert.Equal(CultureState.Draft, states.StateOf("ru"));

        await site.Publishing.PublishAsync(id, ["en"], TestSite.Tester);

        Assert.Equal("Meeting with OHCHR", (await site.Published.FindBySlugAsync(DocumentType.Meeting, "en", "meeting"))!.GetVariant("en")!.Title);
        Assert.Equal(CultureState.Published, (await site.Queries.StatesAsync(id))!.StateOf("en"));
    }

    [Fact]
    public async Task Editor_lists_page_newest_first_and_know_whether_a_next_page_exists()
    {
        var site = await CreateSiteAsync();
        var ids = new List<Guid>();
        foreach (var title in new[] { "First", "Second", "Third" })
        {
            ids.Add(await site.CreateAsync(DocumentType.Report, Titles(null, title, null)));
            site.Time.Advance(TimeSpan.FromMinutes(1));
        }

        var first = await site.Queries.ListAsync(DocumentType.Report, 1, 2);
        var second = await site.Queries.ListAsync(DocumentType.Report, 2, 2);

        Assert.Equal([ids[2], ids[1]], first.Items.Select(i => i.Id));
        Assert.True(first.HasNext);
        Assert.False(first.HasPrevious);
        Assert.Equal([ids[0]], second.Items.Select(i => i.Id));
        Assert.False(second.HasNext);
        Assert.True(second.HasPrevious);
        Assert.False((await site.Queries.ListAsync(DocumentType.Report, 1, 3)).HasNext);
    }

    [Fact]
    public async Task Editor_lists_filter_by_culture_state_language_author_time_and_words_and_sort_by_title()
    {
        var site = await CreateSiteAsync();
        var annual = await site.CreateAsync(DocumentType.Report, Titles("İllik hesabat", "Annual report", null), ["en"]);
        site.Time.Advance(TimeSpan.FromHours(1));
        var since = site.Clock.UtcNow;
        var children = await site.CreateAsync(DocumentType.Report, Titles(null, "Children's rights", "Права детей"));
        site.Time.Advance(TimeSpan.FromMinutes(1));
        var prisons = await site.CreateAsync(DocumentType.Report, Titles("Həbsxanalar", "Prison visits", null), ["az", "en"]);
        site.Time.Advance(TimeSpan.FromMinutes(1));
        await site.EditAsync(prisons, v => Retitle(v, "en", "Prison Visits 2025"));
        async Task<List<Guid>> Ids(EditorListQuery query) => [.. (await site.Queries.ListAsync(query)).Items.Select(i => i.Id)];
        var all = new EditorListQuery(DocumentType.Report);

        Assert.Equal([prisons, children, annual], await Ids(all));
        Assert.Equal([annual], await Ids(all with { StateCulture = "en", State = CultureState.Published }));
        Assert.Equal([prisons], await Ids(all with { StateCulture = "en", State = CultureState.PublishedWithPendingChanges }));
        Assert.Equal([children], await Ids(all with { StateCulture = "az", State = CultureState.NotCreated }));
        Assert.Equal([children], await Ids(all with { Language = "ru" }));
        Assert.Equal([prisons, children], await Ids(all with { UpdatedFromUtc = since }));
        Assert.Equal([annual], await Ids(all with { UpdatedToUtc = since }));
        Assert.Equal([prisons], await Ids(all with { Text = "VISITS" }));
        Assert.Equal([prisons], await Ids(all with { Text = "pri vis 2025" })); // every word starts a title word
        Assert.Empty(await Ids(all with { Text = "isits" })); // the start of a word, not its middle
        Assert.Empty(await Ids(all with { Text = "prison rights" }));
        Assert.Equal([annual], await Ids(all with { Text = "illik" })); // İ folded as the writer meant it
        Assert.Equal([children], await Ids(all with { Text = "ПРАВ" }));
        Assert.Equal([children], await Ids(all with { Text = "children’s" }));
        Assert.Empty(await Ids(all with { Text = "Annual", UpdatedFromUtc = since }));
        await site.EditAsync(annual, v => Retitle(v, "en", "Yearly report"));
        Assert.Empty(await Ids(all with { Text = "annual" })); // the words follow the title
        Assert.Equal([annual], await Ids(all with { Text = "yearly" }));
        Assert.Empty(await Ids(all with { UpdatedById = "nobody" }));
        Assert.Equal(3, (await Ids(all with { UpdatedById = TestSite.Tester.Id })).Count);
        Assert.Equal([children, prisons, annual], await Ids(all with { Sort = EditorListSort.Title, TitleCulture = "en" }));
        Assert.Equal([prisons, annual, children], await Ids(all with { Sort = EditorListSort.Title, TitleCulture = "az" })); // no az text: last
        Assert.Equal([children], await Ids(all with { Sort = EditorListSort.UpdatedOldestFirst, PageSize = 1 }));

        // The author filter offers the accounts, then the site's own processes.
        await using (var db = await site.Contexts.CreateDbContextAsync())
        {
            db.Users.Add(new BackofficeUser { Id = TestSite.Tester.Id, UserName = "tester@ombudsman.test", Email = "tester@ombudsman.test", DisplayName = TestSite.Tester.Name });
            await db.SaveChangesAsync();
        }

        var authors = await site.Queries.AuthorsAsync();
        Assert.Equal(new EditorListAuthor(TestSite.Tester.Id, TestSite.Tester.Name), authors[0]);
        Assert.Equal(SystemUsers.All.Select(u => u.Id), authors.Skip(1).Select(a => a.Id));
    }

    [Fact]
    public async Task Titles_stored_before_the_word_index_existed_are_indexed_when_its_migration_runs()
    {
        var site = await CreateSiteAsync();
        var report = await site.CreateAsync(DocumentType.Report, Titles("Məhkumların hüquqları", "Rights of prisoners", null));
        await using var db = await site.Contexts.CreateDbContextAsync();
        await db.DocumentTitleWords.ExecuteDeleteAsync(); // as a database migrated from before the index
        Assert.Empty((await site.Queries.ListAsync(new EditorListQuery(DocumentType.Report) { Text = "prisoners" })).Items);

        Assert.Equal(5, await TitleWordIndex.RebuildAsync(db, CancellationToken.None));

        Assert.Equal([report], (await site.Queries.ListAsync(new EditorListQuery(DocumentType.Report) { Text = "məhkum" })).Items.Select(i => i.Id));
        Assert.Equal([report], (await site.Queries.ListAsync(new EditorListQuery(DocumentType.Report) { Text = "prisoners" })).Items.Select(i => i.Id));
    }

    [Fact]
    public async Task The_recycle_bin_lists_the_newest_deleted_first_and_purges_what_stayed_past_its_retention()
    {
        var site = await CreateSiteAsync();
        var old = await site.CreateAsync(DocumentType.NewsArticle, Titles("Köhnə xəbər", "Old news", null), ["az", "en"]);
        var recent = await site.CreateAsync(DocumentType.NewsArticle, Titles("Təzə xəbər", "Recent news", null));
        var kept = await site.CreateAsync(DocumentType.NewsArticle, Titles("Qalan xəbər", "Staying news", null));
        Assert.True((await site.Editing.DeleteAsync(old, TestSite.Tester)).Succeeded);
        site.Time.Advance(TimeSpan.FromDays(20));
        Assert.True((await site.Editing.DeleteAsync(recent, TestSite.Tester)).Succeeded);

        var bin = await site.Queries.RecycleBinAsync(1, 10);
        Assert.Equal([recent, old], bin.Items.Select(b => b.Item.Id));
        Assert.Equal(TestSite.Tester.Name, bin.Items[0].DeletedByName);
        Assert.Equal(["az", "en"], bin.Items[1].Item.Cultures.Select(c => c.Culture));
        Assert.Equal([recent], (await site.Queries.RecycleBinAsync(1, 1)).Items.Select(b => b.Item.Id));
        Assert.True((await site.Queries.RecycleBinAsync(1, 1)).HasNext);

        site.Time.Advance(TimeSpan.FromDays(11)); // the first has been in the bin 31 days, the second 11
        Assert.Equal(1, await site.RecycleBinCleanup.RunAsync());
        Assert.Null(await site.Queries.DocumentAsync(old));
        Assert.NotNull(await site.Queries.DocumentAsync(recent));
        Assert.NotNull(await site.Queries.DocumentAsync(kept));
        var purge = Assert.Single((await site.Queries.AuditAsync(new AuditQuery { DocumentId = old, Action = AuditAction.Purge })).Items);
        Assert.Equal(SystemUsers.Cleanup.Name, purge.UserName);
        Assert.Equal(0, await site.RecycleBinCleanup.RunAsync());
    }

    [Fact]
    public async Task Each_role_is_refused_the_actions_it_lacks_and_each_refusal_is_audited()
    {
        var site = await CreateSiteAsync();
        var id = await site.CreateAsync(DocumentType.Meeting, Titles("Görüş", "Meeting", "Встреча"), ["az"]);
        var writer = new ActingUser("test:writer", "Writer (test)") { Rights = EditorialRights.ForRoles([BackofficeRoles.Writer], []) };
        var translator = new ActingUser("test:translator", "Translator (test)") { Rights = EditorialRights.ForRoles([BackofficeRoles.Translator], ["ru"]) };
        var editor = new ActingUser("test:editor", "Editor (test)") { Rights = EditorialRights.ForRoles([BackofficeRoles.Editor], []) };
        var values = (await site.Queries.ValuesAsync(id))!;
        var head = (await site.Queries.DocumentAsync(id))!.HeadVersion;
        SaveContentRequest Save(ContentValues edited) => new() { DocumentId = id, BaseVersion = head, Values = edited };

        Assert.Equal(OperationStatus.Forbidden, (await site.Publishing.PublishAsync(id, ["en"], writer)).Status);
        Assert.Equal(OperationStatus.Forbidden, (await site.Publishing.UnpublishAsync(id, ["az"], writer)).Status);
        Assert.Equal(OperationStatus.Forbidden, (await site.Editing.DeleteAsync(id, writer)).Status);
        Assert.Equal(OperationStatus.Forbidden, (await site.Editing.PurgeAsync(id, editor)).Status);
        Assert.Equal(OperationStatus.Forbidden, (await site.Editing.CreateAsync(new CreateContentRequest { Type = DocumentType.Meeting, Values = values }, translator)).Status);
        var azByTranslator = await site.Editing.SaveAsync(Save(Retitle(values, "az", "Görüş (dəyişdi)")), translator);
        Assert.Equal(OperationStatus.Forbidden, azByTranslator.Status);
        Assert.Equal("az.title", Assert.Single(azByTranslator.Errors).Field);
        Assert.Equal(OperationStatus.Forbidden, (await site.Editing.SaveAsync(Save(values with { DateUtc = new DateTime(2021, 5, 6, 7, 0, 0, DateTimeKind.Utc) }), translator)).Status);
        Assert.Equal(OperationStatus.Forbidden, (await site.Editing.ChangeSlugAsync(id, "en", "another-address", translator)).Status);

        Assert.Equal(OperationStatus.Success, (await site.Editing.SaveAsync(Save(Retitle(values, "ru", "Встреча с УВКПЧ")), translator)).Status);
        Assert.Equal(OperationStatus.Success, (await site.Publishing.PublishAsync(id, ["en"], editor)).Status);
        Assert.Equal("Görüş", (await site.Published.FindBySlugAsync(DocumentType.Meeting, "az", "gorus"))!.GetVariant("az")!.Title);
        Assert.Null(await site.Published.FindBySlugAsync(DocumentType.Meeting, "ru", "vstrecha"));

        var refusals = (await site.Queries.AuditAsync(new AuditQuery { Action = AuditAction.AccessDenied })).Items;
        Assert.Equal(8, refusals.Count);
        Assert.Equal(3, refusals.Count(a => a.UserId == writer.Id));
        Assert.Contains(refusals, a => a.UserId == translator.Id && a.Detail!.Contains("az text", StringComparison.Ordinal));
        Assert.Contains(refusals, a => a.UserId == editor.Id && a.Detail!.StartsWith("Purge", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_person_created_from_a_picker_gets_an_alias_is_audited_and_is_not_made_twice()
    {
        var site = await CreateSiteAsync();
        var writer = new ActingUser("test:writer", "Writer (test)") { Rights = EditorialRights.ForRoles([BackofficeRoles.Writer], []) };
        var translator = new ActingUser("test:translator", "Translator (test)") { Rights = EditorialRights.ForRoles([BackofficeRoles.Translator], ["ru"]) };

        var created = await site.Taxonomy.CreateAsync(Core.Taxonomy.TaxonomyKind.Person, LocalizedText.Empty.With("az", "Səbinə Əliyeva"), writer);
        Assert.Equal(OperationStatus.Success, created.Status);
        await using (var db = await site.Contexts.CreateDbContextAsync())
        {
            var person = await db.TaxonomyItems.SingleAsync(t => t.Id == created.DocumentId);
            Assert.Equal("sebine-eliyeva", person.Alias);
            Assert.Equal("Səbinə Əliyeva", person.Names["az"]);
        }

        var again = await site.Taxonomy.CreateAsync(Core.Taxonomy.TaxonomyKind.Person, LocalizedText.Empty.With("az", "SƏBİNƏ ƏLİYEVA"), writer);
        Assert.Equal(OperationStatus.Invalid, again.Status);
        Assert.Equal(created.DocumentId, again.DocumentId);
        Assert.Equal(OperationStatus.Invalid, (await site.Taxonomy.CreateAsync(Core.Taxonomy.TaxonomyKind.Topic, LocalizedText.Empty, writer)).Status);
        Assert.Equal(OperationStatus.Invalid, (await site.Taxonomy.CreateAsync(Core.Taxonomy.TaxonomyKind.Topic, LocalizedText.Empty.With("xx", "Topic"), writer)).Status);
        Assert.Equal(OperationStatus.Forbidden, (await site.Taxonomy.CreateAsync(Core.Taxonomy.TaxonomyKind.Topic, LocalizedText.Empty.With("ru", "Тема"), translator)).Status);

        var audit = (await site.Queries.AuditAsync(new AuditQuery { Action = AuditAction.TaxonomyCreated })).Items;
        Assert.Equal("Person sebine-eliyeva", Assert.Single(audit).Detail);
    }

    [Fact]
    public async Task An_autosave_is_one_row_per_user_and_item_apart_from_the_working_copy()
    {
        var site = await CreateSiteAsync();
        var id = await site.CreateAsync(DocumentType.Meeting, Titles("Görüş", "Meeting", "Встреча"));
        var values = (await site.Queries.ValuesAsync(id))!;
        var other = new ActingUser("test:other", "Other (test)");

        await site.Autosaves.SaveAsync(Rashad, id, 1, Retitle(values, "az", "Birinci"), new Dictionary<string, string>());
        await site.Autosaves.SaveAsync(Rashad, id, 1, Retitle(values, "az", "İkinci"), new Dictionary<string, string> { ["en"] = "second" });
        await site.Autosaves.SaveAsync(other, id, 1, Retitle(values, "az", "Başqası"), new Dictionary<string, string>());

        var mine = (await site.Autosaves.FindAsync(Rashad, id))!;
        Assert.Equal("İkinci", mine.Values.Culture("az")!.Title);
        Assert.Equal("second", mine.Slugs["en"]);
        Assert.Equal("Başqası", (await site.Autosaves.FindAsync(other, id))!.Values.Culture("az")!.Title);
        Assert.Equal("Görüş", (await site.Queries.ValuesAsync(id))!.Culture("az")!.Title);
        Assert.Single(await site.Queries.VersionsAsync(id));

        await site.Autosaves.DiscardAsync(Rashad, id);
        Assert.Null(await site.Autosaves.FindAsync(Rashad, id));
        Assert.NotNull(await site.Autosaves.FindAsync(other, id));
    }

    [Fact]
    public async Task A_publish_of_one_culture_publishes_the_invariant_values_and_unpublishing_the_default_leaves_the_others()
    {
        var site = await CreateSiteAsync();
        var id = await site.CreateAsync(DocumentType.Meeting, Titles("Görüş", "Meeting", null), ["az", "en"]);
        var newDate = new DateTime(2025, 3, 4, 6, 0, 0, DateTimeKind.Utc);
        await site.EditAsync(id, v => v with { DateUtc = newDate });
        Assert.Equal(CultureState.PublishedWithPendingChanges, (await site.Queries.StatesAsync(id))!.StateOf("az"));

        await site.Publishing.PublishAsync(id, ["en"], TestSite.Tester);

        Assert.Equal(newDate, (await site.Published.FindBySlugAsync(DocumentType.Meeting, "az", "gorus"))!.DateUtc);
        Assert.Equal(CultureState.Published, (await site.Queries.StatesAsync(id))!.StateOf("az"));

        Assert.Equal(OperationStatus.Success, (await site.Publishing.UnpublishAsync(id, ["az"], TestSite.Tester)).Status);

        Assert.Null(await site.Published.FindBySlugAsync(DocumentType.Meeting, "az", "gorus"));
        Assert.NotNull(await site.Published.FindBySlugAsync(DocumentType.Meeting, "en", "meeting"));
        Assert.Equal(CultureState.Draft, (await site.Queries.StatesAsync(id))!.StateOf("az"));
    }

    [Fact]
    public async Task Every_save_is_a_version_that_can_be_compared_word_by_word_and_rolled_back_without_publishing()
    {
        var site = await CreateSiteAsync();
        var id = await site.CreateAsync(DocumentType.NewsArticle, Titles("Xəbər", "News", null), ["en"]);
        await site.EditAsync(id, v => v.WithCulture("en", v.Culture("en")! with { BodyHtml = "<p>The <strong>Ombudsman</strong> visited Baku.</p>" }));
        await site.EditAsync(id, v => v.WithCulture("en", v.Culture("en")! with { BodyHtml = "<p>The <em>Ombudsman</em> visited Ganja today.</p>" }));

        var versions = await site.Queries.VersionsAsync(id);
        Assert.Equal([3, 2, 1], versions.Select(v => v.Number));
        Assert.All(versions, v => Assert.Equal("Aysel (test)", v.AuthorName));
        Assert.Equal(["en"], versions[0].CulturesChanged);
        Assert.Equal(["en"], versions[2].PublishedIn);

        var diff = (await site.Queries.DiffAsync(id, 2, 3))!;
        var body = Assert.Single(diff.Fields);
        Assert.Equal(("body", "en", DiffLayout.Body), (body.Field, body.Culture, body.Layout));
        var parts = Assert.Single(body.Body!.Blocks).Parts; // one paragraph, changed within: compared as it reads
        Assert.Contains(parts, p => p.Kind == DiffSegmentKind.Deleted && p.Part.Text == "Baku");
        Assert.Contains(parts, p => p.Kind == DiffSegmentKind.Inserted && p.Part.Text == "Ganja");
        Assert.Contains(parts, p => p.Kind == DiffSegmentKind.Deleted && p.Part is { Text: "Ombudsman", Bold: true }); // bold became italic: a change
        Assert.Contains(parts, p => p.Kind == DiffSegmentKind.Inserted && p.Part is { Text: "Ombudsman", Italic: true });
        Assert.DoesNotContain(parts, p => p.Part.Text.Contains('<', StringComparison.Ordinal)); // tags are not words

        var rolledBack = await site.Editing.RollbackAsync(id, 1, TestSite.Tester);

        Assert.Equal(4, rolledBack.VersionNumber);
        Assert.Equal("<p>News.</p>", (await site.Queries.ValuesAsync(id))!.Culture("en")!.BodyHtml);
        Assert.Equal("<p>News.</p>", (await site.Published.FindBySlugAsync(DocumentType.NewsArticle, "en", "news"))!.GetVariant("en")!.BodyHtml);
        Assert.Equal(CultureState.PublishedWithPendingChanges, (await site.Queries.StatesAsync(id))!.StateOf("en")); // a rollback never publishes
        Assert.Equal(VersionKind.RolledBack, (await site.Queries.VersionsAsync(id))[0].Kind);
    }

    [Fact]
    public async Task A_stale_save_is_a_conflict_and_both_texts_survive()
    {
        var site = await CreateSiteAsync();
        var id = await site.CreateAsync(DocumentType.Meeting, Titles("Görüş", null, null));
        var opened = (await site.Queries.ValuesAsync(id))!;
        await site.Editing.SaveAsync(new SaveContentRequest { DocumentId = id, BaseVersion = 1, Values = Retitle(opened, "az", "Rəşadın başlığı") }, Rashad);

        var stale = await site.Editing.SaveAsync(new SaveContentRequest { DocumentId = id, BaseVersion = 1, Values = Retitle(opened, "az", "Ayselin başlığı") }, TestSite.Tester);

        Assert.Equal(OperationStatus.Conflict, stale.Status);
        Assert.Equal("Rəşadın başlığı", stale.Conflict!.Current.Culture("az")!.Title);
        Assert.Equal("Ayselin başlığı", stale.Conflict.Attempted.Culture("az")!.Title);
        Assert.Equal("Rashad (test)", stale.Conflict.CurrentAuthor);
        Assert.Equal("Ayselin başlığı", (await site.Queries.ValuesAsync(id, stale.Conflict.KeptAsVersion))!.Culture("az")!.Title);
        Assert.Equal("Rəşadın başlığı", (await site.Queries.ValuesAsync(id))!.Culture("az")!.Title);
        Assert.Equal(VersionKind.Conflicted, (await site.Queries.VersionsAsync(id))[0].Kind);
        Assert.Single((await site.Queries.AuditAsync(new AuditQuery { DocumentId = id, Action = AuditAction.Conflict })).Items);
    }

    [Fact]
    public async Task Two_concurrent_saves_on_one_base_give_one_save_and_one_conflict()
    {
        var site = await CreateSiteAsync();
        var id = await site.CreateAsync(DocumentType.Meeting, Titles("Görüş", null, null));
        var opened = (await site.Queries.ValuesAsync(id))!;
        for (var round = 0; round < 5; round++)
        {
            var head = (await site.Queries.DocumentAsync(id))!.HeadVersion;
            var results = await Task.WhenAll(
                Task.Run(() => site.Editing.SaveAsync(new SaveContentRequest { DocumentId = id, BaseVersion = head, Values = Retitle(opened, "az", $"A {round}") }, TestSite.Tester)),
                Task.Run(() => site.Editing.SaveAsync(new SaveContentRequest { DocumentId = id, BaseVersion = head, Values = Retitle(opened, "az", $"B {round}") }, Rashad)));

            Assert.Single(results, r => r.Status == OperationStatus.Success);
            Assert.Single(results, r => r.Status == OperationStatus.Conflict);
            var titles = await Task.WhenAll((await site.Queries.VersionsAsync(id)).Take(2).Select(async v => (await site.Queries.ValuesAsync(id, v.Number))!.Culture("az")!.Title));
            Assert.Equal([$"A {round}", $"B {round}"], titles.Order());
        }
    }

    [Fact]
    public async Task A_changed_slug_leaves_a_301_chains_collapse_and_taking_an_old_slug_back_removes_its_redirect()
    {
        var site = await CreateSiteAsync();
        var id = await site.CreateAsync(DocumentType.NewsArticle, Titles(null, "First name", null), ["en"]);

        Assert.Equal(OperationStatus.Success, (await site.Editing.ChangeSlugAsync(id, "en", "second-name", TestSite.Tester)).Status);
        Assert.Equal(OperationStatus.Success, (await site.Editing.ChangeSlugAsync(id, "en", "third-name", TestSite.Tester)).Status);

        Assert.NotNull(await site.Published.FindBySlugAsync(DocumentType.NewsArticle, "en", "third-name"));
        Assert.Equal(new MissingAddress(MissingAddressKind.MovedPermanently, "third-name", DocumentType.NewsArticle), await site.Published.ResolveMissingAsync(DocumentType.NewsArticle, "en", "first-name"));
        Assert.Equal(new MissingAddress(MissingAddressKind.MovedPermanently, "third-name", DocumentType.NewsArticle), await site.Published.ResolveMissingAsync(DocumentType.NewsArticle, "en", "second-name"));
        Assert.Equal(MissingAddress.NotFound, await site.Published.ResolveMissingAsync(DocumentType.NewsArticle, "ru", "first-name"));

        var taken = await site.Editing.CreateAsync(new CreateContentRequest { Type = DocumentType.NewsArticle, Slugs = new Dictionary<string, string> { ["en"] = "first-name" }, Values = Values(Titles(null, "Another", null)) }, TestSite.Tester);
        Assert.Equal(OperationStatus.Invalid, taken.Status);
        Assert.Contains("remove that redirect first", Assert.Single(taken.Errors).Message, StringComparison.Ordinal);
        var generated = await site.CreateAsync(DocumentType.NewsArticle, Titles(null, "First name", null));
        Assert.Equal("first-name-2", (await site.Queries.StatesAsync(generated))!.Cultures.Single().Slug);

        Assert.Equal(OperationStatus.Success, (await site.Editing.ChangeSlugAsync(id, "en", "first-name", TestSite.Tester)).Status);

        Assert.NotNull(await site.Published.FindBySlugAsync(DocumentType.NewsArticle, "en", "first-name"));
        var redirects = await site.Redirects.ListAsync(null, 1, 10);
        Assert.Equal(["second-name", "third-name"], redirects.Items.Select(r => r.Slug).Order());
        Assert.All(redirects.Items, r => Assert.Equal(RedirectKind.SlugChange, r.Kind));
        Assert.Contains((await site.Queries.AuditAsync(new AuditQuery { DocumentId = id, Action = AuditAction.RedirectRemoved })).Items, a => a.Detail!.Contains("/first-name", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Manual_redirects_refuse_live_addresses_and_can_be_removed()
    {
        var site = await CreateSiteAsync();
        var id = await site.CreateAsync(DocumentType.NewsArticle, Titles(null, "Target", null), ["en"]);
        await site.CreateAsync(DocumentType.NewsArticle, Titles(null, "Other", null), ["en"]);

        var added = await site.Redirects.AddAsync("en", "/old-campaign-page", id, TestSite.Tester);
        var onLive = await site.Redirects.AddAsync("en", "other", id, TestSite.Tester);

        Assert.Equal(OperationStatus.Success, added.Status);
        Assert.Equal(new MissingAddress(MissingAddressKind.MovedPermanently, "target", DocumentType.NewsArticle), await site.Published.ResolveMissingAsync(DocumentType.NewsArticle, "en", "old-campaign-page"));
        Assert.Equal(OperationStatus.Invalid, onLive.Status);
        Assert.Equal(RedirectKind.Manual, Assert.Single((await site.Redirects.ListAsync("campaign", 1, 10)).Items).Kind);

        Assert.Equal(OperationStatus.Success, (await site.Redirects.RemoveAsync(added.RowId!.Value, TestSite.Tester)).Status);
        Assert.Equal(MissingAddress.NotFound, await site.Published.ResolveMissingAsync(DocumentType.NewsArticle, "en", "old-campaign-page"));
    }

    [Fact]
    public async Task Deleted_items_answer_gone_restore_brings_them_back_and_purge_keeps_the_audit_record()
    {
        var site = await CreateSiteAsync();
        var id = await site.CreateAsync(DocumentType.Report, Titles("Hesabat", "Report", null), ["az", "en"]);
        var unpublished = await site.CreateAsync(DocumentType.Report, Titles(null, "Withdrawn", null), ["en"]);
        await site.Publishing.UnpublishAsync(unpublished, ["en"], TestSite.Tester);

        await site.Editing.DeleteAsync(id, TestSite.Tester);

        Assert.Null(await site.Published.FindBySlugAsync(DocumentType.Report, "en", "report"));
        Assert.Equal(MissingAddress.Gone, await site.Published.ResolveMissingAsync(DocumentType.Report, "en", "report"));
        Assert.Equal(MissingAddress.NotFound, await site.Published.ResolveMissingAsync(DocumentType.Report, "en", "withdrawn"));
        Assert.Equal(OperationStatus.NotAllowed, (await site.Editing.SaveAsync(new SaveContentRequest { DocumentId = id, BaseVersion = 1, Values = Values(Titles("x", null, null)) }, TestSite.Tester)).Status);

        await site.Editing.RestoreAsync(id, TestSite.Tester);

        Assert.NotNull(await site.Published.FindBySlugAsync(DocumentType.Report, "az", "hesabat"));
        Assert.NotNull(await site.Published.FindBySlugAsync(DocumentType.Report, "en", "report"));

        Assert.Equal(OperationStatus.NotAllowed, (await site.Editing.PurgeAsync(id, TestSite.Tester)).Status);
        await site.Editing.DeleteAsync(id, TestSite.Tester);
        Assert.Equal(OperationStatus.Success, (await site.Editing.PurgeAsync(id, TestSite.Tester)).Status);

        Assert.Null(await site.Queries.DocumentAsync(id));
        Assert.Equal(MissingAddress.Gone, await site.Published.ResolveMissingAsync(DocumentType.Report, "az", "hesabat"));
        var trail = (await site.Queries.AuditAsync(new AuditQuery { DocumentId = id })).Items.Select(a => a.Action).Reverse();
        Assert.Equal([AuditAction.Create, AuditAction.Publish, AuditAction.Delete, AuditAction.Restore, AuditAction.Delete, AuditAction.Purge], trail);
        var reuse = await site.Editing.CreateAsync(new CreateContentRequest { Type = DocumentType.Report, Slugs = new Dictionary<string, string> { ["en"] = "report" }, Values = Values(Titles(null, "Report", null)) with { Report = new ReportValues { Year = 2025 } } }, TestSite.Tester);
        Assert.Equal(OperationStatus.Invalid, reuse.Status);
    }

    [Fact]
    public async Task Old_and_deleted_addresses_are_answered_from_the_read_side_alone_and_the_migration_builds_the_same_rows()
    {
        var site = await CreateSiteAsync();
        var moved = await site.CreateAsync(DocumentType.NewsArticle, Titles(null, "Before", null), ["en"]);
        Assert.Equal(OperationStatus.Success, (await site.Editing.ChangeSlugAsync(moved, "en", "after", TestSite.Tester)).Status);
        Assert.Equal(OperationStatus.Success, (await site.Redirects.AddAsync("en", "campaign", moved, TestSite.Tester)).Status);
        var binned = await site.CreateAsync(DocumentType.Report, Titles(null, "Binned", null), ["en"]);
        Assert.Equal(OperationStatus.Success, (await site.Editing.ChangeSlugAsync(binned, "en", "binned-now", TestSite.Tester)).Status);
        await site.Editing.DeleteAsync(binned, TestSite.Tester);

        await using var db = await site.Contexts.CreateDbContextAsync();
        var rows = await db.RetiredAddresses.AsNoTracking().OrderBy(a => a.Slug).Select(a => new { a.Slug, a.Kind, a.TargetItemId }).ToListAsync();
        Assert.Equal(
            [new { Slug = "before", Kind = RetiredAddressKind.Redirect, TargetItemId = (Guid?)moved }, new { Slug = "binned", Kind = RetiredAddressKind.Redirect, TargetItemId = (Guid?)binned },
             new { Slug = "binned-now", Kind = RetiredAddressKind.DeletedItem, TargetItemId = (Guid?)binned }, new { Slug = "campaign", Kind = RetiredAddressKind.Redirect, TargetItemId = (Guid?)moved }],
            rows);
        Assert.Equal(rows.Count, await RetiredAddressProjection.RebuildAsync(db, CancellationToken.None));
        Assert.Equal(rows, await db.RetiredAddresses.AsNoTracking().OrderBy(a => a.Slug).Select(a => new { a.Slug, a.Kind, a.TargetItemId }).ToListAsync());

        // With the editors' redirects and recycle bin out of reach, the public answers stay.
        await db.Redirects.ExecuteDeleteAsync();
        await db.Documents.Where(d => d.Id == binned).ExecuteUpdateAsync(d => d.SetProperty(x => x.DeletedUtc, (DateTime?)null));
        Assert.Equal(new MissingAddress(MissingAddressKind.MovedPermanently, "after", DocumentType.NewsArticle), await site.Published.ResolveMissingAsync(DocumentType.NewsArticle, "en", "campaign"));
        Assert.Equal(MissingAddress.Gone, await site.Published.ResolveMissingAsync(DocumentType.Report, "en", "binned"));
        Assert.Equal(MissingAddress.Gone, await site.Published.ResolveMissingAsync(DocumentType.Report, "en", "binned-now"));
    }

    [Fact]
    public async Task Bodies_are_sanitised_on_write_and_the_result_says_what_was_removed()
    {
        var site = await CreateSiteAsync();
        var body = "<p onclick=\"alert(1)\">Text <a href=\"javascript:alert(2)\">link</a> <a href=\"https://ombudsman.az\">ok</a></p><script>alert(3)</script><img src=x onerror=alert(4)><svg onload=alert(5)><circle/></svg><img src=\"/media/abc/photo.jpg\" alt=\"A photo\"><table><tr><th scope=\"col\">H</th></tr></table>";

        var created = await site.Editing.CreateAsync(new CreateContentRequest { Type = DocumentType.NewsArticle, Values = new ContentValues { Cultures = new Dictionary<string, CultureValues> { ["en"] = new() { Title = "Payloads", BodyHtml = body } } } }, TestSite.Tester);
        await site.Publishing.PublishAsync(created.DocumentId!.Value, ["en"], TestSite.Tester);

        var stored = (await site.Published.FindBySlugAsync(DocumentType.NewsArticle, "en", "payloads"))!.GetVariant("en")!.BodyHtml;
        Assert.DoesNotContain("alert", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg", stored, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://ombudsman.az\">ok</a>", stored, StringComparison.Ordinal);
        Assert.Contains("<img src=\"/media/abc/photo.jpg\" alt=\"A photo\">", stored, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">H</th>", stored, StringComparison.Ordinal);
        var notice = Assert.Single(created.Notices);
        Assert.Equal("en.body", notice.Field);
        Assert.Contains("<script>", notice.Message, StringComparison.Ordinal);
        Assert.Contains("onclick", notice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_schedule_in_Baku_time_runs_when_due_and_one_that_cannot_run_fails_with_its_reason()
    {
        var site = await CreateSiteAsync();
        var id = await site.CreateAsync(DocumentType.Report, Titles("Hesabat", "Report", "Доклад"));
        var monday9Baku = TimeZoneInfo.ConvertTimeToUtc(new DateTime(2026, 11, 30, 9, 0, 0), site.Clock.TimeZone);
        Assert.Equal(new DateTime(2026, 11, 30, 5, 0, 0, DateTimeKind.Utc), monday9Baku);

        var az = await site.Publishing.ScheduleAsync(id, "az", ScheduleAction.Publish, monday9Baku, TestSite.Tester);
        await site.Publishing.ScheduleAsync(id, "en", ScheduleAction.Publish, monday9Baku, TestSite.Tester);
        await site.Publishing.ScheduleAsync(id, "ru", ScheduleAction.Publish, monday9Baku, TestSite.Tester);
        await site.EditAsync(id, v => v.WithCulture("ru", null)); // the Russian text is removed before Monday
        var past = await site.Publishing.ScheduleAsync(id, "az", ScheduleAction.Unpublish, site.Clock.UtcNow.AddMinutes(-1), TestSite.Tester);

        Assert.Equal(OperationStatus.Invalid, past.Status);
        Assert.Equal(CultureState.Scheduled, (await site.Queries.StatesAsync(id))!.StateOf("az"));
        Assert.Equal(3, (await site.Queries.SchedulesAsync(id)).Count); // one row per culture
        Assert.Contains("Asia/Baku", Assert.Single((await site.Queries.AuditAsync(new AuditQuery { DocumentId = id, Action = AuditAction.Schedule })).Items, a => a.Cultures == "az").Detail, StringComparison.Ordinal);
        Assert.Empty(await site.Publishing.DueSchedulesAsync(10));

        site.Time.Advance(monday9Baku - site.Clock.UtcNow + TimeSpan.FromSeconds(1));
        foreach (var due in await site.Publishing.DueSchedulesAsync(10))
        {
            await site.Publishing.RunScheduleAsync(due, "node-a");
        }

        Assert.NotNull(await site.Published.FindBySlugAsync(DocumentType.Report, "az", "hesabat"));
        Assert.NotNull(await site.Published.FindBySlugAsync(DocumentType.Report, "en", "report"));
        var schedules = await site.Queries.SchedulesAsync(id);
        Assert.Equal(ScheduleStatus.Done, schedules.Single(s => s.Culture == "az" && s.Action == ScheduleAction.Publish).Status);
        var failed = schedules.Single(s => s.Culture == "ru");
        Assert.Equal(ScheduleStatus.Failed, failed.Status);
        Assert.Contains("no ru text", failed.FailureReason, StringComparison.Ordinal);
        var ran = await site.Queries.AuditAsync(new AuditQuery { DocumentId = id, Action = AuditAction.ScheduleRan });
        Assert.Equal(2, ran.Items.Count);
        Assert.All(ran.Items, a => Assert.Equal(SystemUsers.Scheduler.Name, a.UserName));
        Assert.Single((await site.Queries.AuditAsync(new AuditQuery { DocumentId = id, Action = AuditAction.ScheduleFailed })).Items);
        Assert.Equal(az.RowId, schedules.Single(s => s.Culture == "az").Id);
        Assert.Empty(await site.Publishing.DueSchedulesAsync(10));
    }

    [Fact]
    public async Task The_audit_trail_is_append_only_and_queryable_by_user_action_and_time()
    {
        var site = await CreateSiteAsync();
        var id = await site.CreateAsync(DocumentType.NewsArticle, Titles(null, "Audited", null), ["en"]);
        site.Time.Advance(TimeSpan.FromHours(1));
        var later = site.Clock.UtcNow;
        await site.Publishing.UnpublishAsync(id, ["en"], Rashad);

        Assert.Equal(AuditAction.Unpublish, Assert.Single((await site.Queries.AuditAsync(new AuditQuery { UserId = Rashad.Id })).Items).Action);
        Assert.Equal(2, (await site.Queries.AuditAsync(new AuditQuery { DocumentId = id, ToUtc = later })).Items.Count);
        Assert.Single((await site.Queries.AuditAsync(new AuditQuery { FromUtc = later })).Items);
        var page = await site.Queries.AuditAsync(new AuditQuery { PageSize = 2 });
        Assert.True(page.HasNext);

        await using var db = await site.Contexts.CreateDbContextAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => db.AuditEntries.ExecuteDeleteAsync());
        await Assert.ThrowsAnyAsync<Exception>(() => db.AuditEntries.ExecuteUpdateAsync(a => a.SetProperty(x => x.UserName, "someone else")));
        Assert.Equal(3, await db.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task Every_write_appends_to_the_change_journal_in_its_transaction()
    {
        var site = await CreateSiteAsync();
        var id = await site.CreateAsync(DocumentType.NewsArticle, Titles(null, "Journalled", null), ["en"]);
        var stale = await site.Editing.SaveAsync(new SaveContentRequest { DocumentId = id, BaseVersion = 0, Values = Values(Titles(null, "x", null)) }, TestSite.Tester);
        var invalid = await site.Editing.SaveAsync(new SaveContentRequest { DocumentId = id, BaseVersion = 1, Values = Values(Titles(null, " ", null)) }, TestSite.Tester);

        Assert.Equal(OperationStatus.Conflict, stale.Status);
        Assert.Equal(OperationStatus.Invalid, invalid.Status);
        await using var db = await site.Contexts.CreateDbContextAsync();
        var changes = await db.ContentChanges.OrderBy(c => c.Sequence).ToListAsync();
        Assert.Equal([ContentChangeKind.Draft, ContentChangeKind.Published], changes.Select(c => c.Kind)); // create, publish; a kept conflict and a refusal change no working copy
        Assert.All(changes, c => Assert.Equal(id, c.DocumentId));
        Assert.Equal(changes.Select(c => c.Sequence).Order(), changes.Select(c => c.Sequence));
    }

    [Fact]
    public async Task Version_cleanup_keeps_a_week_then_one_a_day_and_never_a_published_scheduled_or_kept_version()
    {
        var site = await CreateSiteAsync();
        var id = await site.CreateAsync(DocumentType.NewsArticle, Titles(null, "v1", null), ["en"]); // v1: published
        for (var n = 2; n <= 6; n++)
        {
            site.Time.Advance(TimeSpan.FromHours(2)); // v2..v6 in one day (v6 is the day's latest)
            await site.EditAsync(id, v => Retitle(v, "en", $"v{n}"));
        }

        await site.Editing.KeepVersionAsync(id, 3, keep: true, TestSite.Tester);
        site.Time.Advance(TimeSpan.FromDays(10));
        await site.EditAsync(id, v => Retitle(v, "en", "v7"));
        await site.Publishing.ScheduleAsync(id, "en", ScheduleAction.Publish, site.Clock.UtcNow.AddDays(200), TestSite.Tester); // v7 scheduled
        await site.EditAsync(id, v => Retitle(v, "en", "v8")); // v8: the working copy

        Assert.Equal(3, await site.Cleanup.RunAsync()); // v2, v4 and v5: older than a week, and v6 is their day's latest
        Assert.Equal([8, 7, 6, 3, 1], (await site.Queries.VersionsAsync(id)).Select(v => v.Number));

        site.Time.Advance(TimeSpan.FromDays(100));
        await site.Cleanup.RunAsync();

        Assert.Equal([8, 7, 3, 1], (await site.Queries.VersionsAsync(id)).Select(v => v.Number));
        Assert.Contains((await site.Queries.AuditAsync(new AuditQuery { Action = AuditAction.VersionsCleaned })).Items, a => a.UserName == SystemUsers.Cleanup.Name);
    }

    private static Dictionary<string, string> Titles(string? az, string? en, string? ru)
    {
        var titles = new Dictionary<string, string>();
        foreach (var (culture, title) in new[] { ("az", az), ("en", en), ("ru", ru) })
        {
            if (title is not null)
            {
                titles[culture] = title;
            }
        }

        return titles;
    }

    private static ContentValues Values(Dictionary<string, string> titles) =>
        new() { Cultures = titles.ToDictionary(t => t.Key, t => new CultureValues { Title = t.Value }) };

    private static ContentValues Retitle(ContentValues values, string culture, string title) =>
        values.WithCulture(culture, values.Culture(culture)! with { Title = title });
}

public sealed class SqliteEditorialServiceTests : EditorialServiceTests
{
    protected override Task<TestSite> CreateSiteAsync() => TestSite.CreateSqliteAsync();
}

[Collection(PostgreSqlTestGroup.Name)]
public sealed class PostgreSqlEditorialServiceTests(PostgreSqlCluster cluster) : EditorialServiceTests
{
    protected override async Task<TestSite> CreateSiteAsync() =>
        await TestSite.CreateAsync(DatabaseProvider.PostgreSql, await cluster.CreateDatabaseAsync());
}
