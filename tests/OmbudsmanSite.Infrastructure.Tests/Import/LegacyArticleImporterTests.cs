using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Infrastructure.Tests.Support;

namespace OmbudsmanSite.Infrastructure.Tests.Import;

public sealed class LegacyArticleImporterTests
{
    [Fact]
    public async Task Imports_the_five_seed_articles_as_drafts()
    {
        var site = await TestSite.CreateSqliteAsync();

        var report = await site.LegacyImporter.ImportAsync([TestSite.SeedsFolder], DocumentType.Meeting, "en");

        Assert.Equal(5, report.Imported.Count);
        Assert.Empty(report.Failed);
        var items = (await site.Queries.ListAsync(DocumentType.Meeting, 1, 10)).Items;
        Assert.Equal(5, items.Count);
        Assert.All(items, i => Assert.Equal(CultureState.Draft, Assert.Single(i.Cultures).State));
        Assert.All(items, i => Assert.False(string.IsNullOrEmpty(i.Cultures[0].Slug)));
        Assert.All(items, i => Assert.Equal("Legacy import", i.UpdatedByName));
        await using var db = await site.Contexts.CreateDbContextAsync();
        var ngoMeeting = await db.Documents.SingleAsync(d => d.LegacyId == "001_669d4491f9179dbd");
        Assert.Equal(368, ngoMeeting.LegacyViewCount);
        var state = (await site.Queries.StatesAsync(ngoMeeting.Id))!.Cultures.Single();
        Assert.Equal("ombudsman-held-an-online-meeting-with-several-ngo-directors-and-human-rights", state.Slug);
        Assert.StartsWith("<p>The Commissioner for Human Rights", (await site.Queries.ValuesAsync(ngoMeeting.Id))!.Culture("en")!.BodyHtml, StringComparison.Ordinal);
        Assert.Empty(await site.Published.ListAsync(DocumentType.Meeting, "en", ContentFilter.None, 1, 10) is { Items: var published } ? published : []);
    }

    [Fact]
    public async Task Running_it_twice_creates_no_duplicates()
    {
        var site = await TestSite.CreateSqliteAsync();
        await site.LegacyImporter.ImportAsync([TestSite.SeedsFolder], DocumentType.Meeting, "en");

        var second = await site.LegacyImporter.ImportAsync([TestSite.SeedsFolder], DocumentType.Meeting, "en");

        Assert.Empty(second.Imported);
        Assert.Equal(5, second.Skipped.Count);
        await using var db = await site.Contexts.CreateDbContextAsync();
        Assert.Equal(5, await db.Documents.CountAsync());
    }

    [Fact]
    public async Task Skips_articles_already_curated_in_uSync()
    {
        var site = await TestSite.CreateSqliteAsync();
        await site.USyncImporter.ImportAsync();

        var report = await site.LegacyImporter.ImportAsync([TestSite.SeedsFolder], DocumentType.Meeting, "en");

        Assert.Equal(5, report.Skipped.Count);
        Assert.Empty(report.Imported);
    }

    [Fact]
    public async Task A_curated_item_whose_legacy_id_was_taken_by_a_draft_is_reported_not_half_written()
    {
        var site = await TestSite.CreateSqliteAsync();
        await site.LegacyImporter.ImportAsync([TestSite.SeedsFolder], DocumentType.Meeting, "en");

        var report = await site.USyncImporter.ImportAsync();

        Assert.Equal(5, report.Failed.Count);
        Assert.All(report.Failed, f => Assert.Contains("already belongs to item", f.Error, StringComparison.Ordinal));
        await using var db = await site.Contexts.CreateDbContextAsync();
        Assert.Equal(5, await db.Documents.CountAsync());
    }

    [Fact]
    public async Task A_malformed_file_is_named_with_its_line_and_the_others_still_import()
    {
        var site = await TestSite.CreateSqliteAsync();
        var folder = Directory.CreateTempSubdirectory("ombudsman-legacy-").FullName;
        foreach (var seed in Directory.GetFiles(TestSite.SeedsFolder))
        {
            File.Copy(seed, Path.Combine(folder, Path.GetFileName(seed)));
        }

        await File.WriteAllTextAsync(Path.Combine(folder, "005_broken.txt"), "Call center 916\nA title\n\n31-02-2020 12 dəfə oxunub\nBody.\n");
        await File.WriteAllBytesAsync(Path.Combine(folder, "006_latin1.txt"), [0x64, 0x61, 0x74, 0x65, 0x20, 0xE9, 0xFF]);

        var report = await site.LegacyImporter.ImportAsync([folder], DocumentType.NewsArticle, "en");

        Assert.Equal(5, report.Imported.Count);
        Assert.Equal(2, report.Failed.Count);
        Assert.StartsWith("005_broken.txt:4: unreadable date line", report.Failed[0], StringComparison.Ordinal);
        Assert.StartsWith("006_latin1.txt:1: the file is not UTF-8 text", report.Failed[1], StringComparison.Ordinal);
        await using var db = await site.Contexts.CreateDbContextAsync();
        Assert.Equal(5, await db.Documents.CountAsync());
        Assert.Equal(5, await db.DocumentCultures.CountAsync());
    }

    [Fact]
    public async Task Refuses_a_culture_that_is_not_configured()
    {
        var site = await TestSite.CreateSqliteAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => site.LegacyImporter.ImportAsync([TestSite.SeedsFolder], DocumentType.Meeting, "de"));
    }
}
