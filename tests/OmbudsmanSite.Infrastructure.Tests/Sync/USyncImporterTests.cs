using Microsoft.EntityFrameworkCore;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Core.Security;
using OmbudsmanSite.Infrastructure.Tests.Support;

namespace OmbudsmanSite.Infrastructure.Tests.Sync;

public sealed class USyncImporterTests : IDisposable
{
    private const string IpuMeeting = "Content/Meetings/2024-inter-parliamentary-union-secretary-general.yaml";
    private readonly string _folder = CopyOfRepositoryUSync();

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task An_edited_file_updates_its_item_and_only_that_item()
    {
        var site = await TestSite.CreateSqliteAsync();
        await site.USyncImporter.ImportAsync(_folder);
        var path = Path.Combine(_folder, IpuMeeting);
        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(path)).Replace(
            "title: Ombudsman Sabina Aliyeva receives Inter-Parliamentary Union Secretary-General Martin Chungong",
            "title: Ombudsman receives the IPU Secretary-General",
            StringComparison.Ordinal));

        var report = await site.USyncImporter.ImportAsync(_folder);

        Assert.Equal([IpuMeeting], report.Updated);
        Assert.Empty(report.Created);
        var meeting = await site.Published.FindBySlugAsync(DocumentType.Meeting, "en", "ombudsman-sabina-aliyeva-receives-inter-parliamentary-union-secretary-general");
        Assert.NotNull(meeting);
        Assert.Equal("Ombudsman receives the IPU Secretary-General", meeting.GetVariant("en")!.Title);
    }

    [Fact]
    public async Task Reference_data_goes_through_the_editorial_services_audited_and_journalled()
    {
        var site = await TestSite.CreateSqliteAsync();
        await site.USyncImporter.ImportAsync(_folder);
        long journalled;
        await using (var db = await site.Contexts.CreateDbContextAsync())
        {
            Assert.Equal(await db.TaxonomyItems.CountAsync(), await db.AuditEntries.CountAsync(e => e.Action == AuditAction.TaxonomyCreated));
            Assert.Equal(await db.DocumentTypes.CountAsync(), await db.AuditEntries.CountAsync(e => e.Action == AuditAction.DocumentTypeChanged));
            journalled = await db.ContentChanges.MaxAsync(c => c.Sequence);
        }

        var topic = Path.Combine(_folder, "Topics", "legislation.yaml");
        await File.WriteAllTextAsync(topic, (await File.ReadAllTextAsync(topic)).Replace("\"Improving legislation\"", "\"Better laws\"", StringComparison.Ordinal));
        var type = Directory.GetFiles(Path.Combine(_folder, "DocumentTypes")).Order(StringComparer.Ordinal).First();
        await File.AppendAllTextAsync(type, "# a comment changes the file, not the type\n");

        var report = await site.USyncImporter.ImportAsync(_folder);

        Assert.Equal(2, report.Updated.Count);
        await using (var db = await site.Contexts.CreateDbContextAsync())
        {
            Assert.Equal("Better laws", (await db.TaxonomyItems.SingleAsync(t => t.Alias == "legislation")).Names["en"]);
            var audit = await db.AuditEntries.SingleAsync(e => e.Action == AuditAction.TaxonomyChanged);
            Assert.Equal(SystemUsers.USync.Id, audit.UserId);
            var changes = await db.ContentChanges.Where(c => c.Sequence > journalled).ToListAsync();
            var change = Assert.Single(changes); // the rename; the unchanged type writes nothing
            Assert.Equal(ContentChangeKind.Published, change.Kind);
            Assert.Null(change.DocumentId); // every item may show the topic: every node reloads
            Assert.Equal(await db.DocumentTypes.CountAsync(), await db.AuditEntries.CountAsync(e => e.Action == AuditAction.DocumentTypeChanged));
        }
    }

    [Fact]
    public async Task A_published_slug_survives_a_title_change()
    {
        var site = await TestSite.CreateSqliteAsync();
        await site.USyncImporter.ImportAsync(_folder);
        var path = Path.Combine(_folder, IpuMeeting);
        var text = await File.ReadAllTextAsync(path);
        await File.WriteAllTextAsync(path, text.Replace("title: Ombudsman Sabina Aliyeva receives", "title: Ombudsman S. Aliyeva receives", StringComparison.Ordinal));

        await site.USyncImporter.ImportAsync(_folder);

        Assert.NotNull(await site.Published.FindBySlugAsync(DocumentType.Meeting, "en", "ombudsman-sabina-aliyeva-receives-inter-parliamentary-union-secretary-general"));
    }

    [Fact]
    public async Task A_malformed_file_is_reported_with_its_line_and_the_rest_still_import()
    {
        var site = await TestSite.CreateSqliteAsync();
        await File.WriteAllTextAsync(Path.Combine(_folder, "Content/Meetings/broken.yaml"), "key: 5b0f3c1e-7d2a-4e61-9a0b-3f1c2d4e5a99\ntype: meeting\nvariants:\n  en:\n    title: [unclosed\n");

        var report = await site.USyncImporter.ImportAsync(_folder);

        var (file, error) = Assert.Single(report.Failed);
        Assert.Equal("Content/Meetings/broken.yaml", file);
        Assert.Matches(@"^line \d+, column \d+: ", error);
        await using var db = await site.Contexts.CreateDbContextAsync();
        Assert.Equal(5, await db.ContentItems.CountAsync());
        Assert.False(await db.ContentItems.AnyAsync(c => c.Id == Guid.Parse("5b0f3c1e-7d2a-4e61-9a0b-3f1c2d4e5a99")));
    }

    [Theory]
    [InlineData("topics: [no-such-topic]", "no topic with alias 'no-such-topic'")]
    [InlineData("variants:\n  de:\n    title: Treffen\n    body: x", "'de' is not a configured language")]
    [InlineData("typo: true", "line 3")]
    [InlineData("meeting:\n  format: carrier-pigeon", "'meeting.format' must be one of inPerson, online, videoconference")]
    [InlineData("date: yesterday", "'date' must be ISO 8601")]
    [InlineData("report:\n  year: 2024\n  kind: annual", "does not allow a 'report' block")]
    [InlineData("variants:\n  en:\n    title: Draft\n    body: x\n    changes:\n    - date: 2026-11-02T10:00:00+04:00\n      note: Corrected.", "en.change-note: Change notes tell readers of the en page what changed, but en is not published")]
    [InlineData("variants:\n  en:\n    published: true\n    title: Live\n    body: x\n    changes:\n    - note: Corrected.", "'variants.en.changes' needs a date for every note")]
    public async Task Content_that_breaks_the_model_is_refused_with_a_clear_error(string yaml, string expected)
    {
        var site = await TestSite.CreateSqliteAsync();
        await File.WriteAllTextAsync(Path.Combine(_folder, "Content/Meetings/bad.yaml"), $"key: {Guid.NewGuid()}\ntype: meeting\n{yaml}\n");

        var report = await site.USyncImporter.ImportAsync(_folder);

        Assert.Contains(expected, Assert.Single(report.Failed).Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_failed_is_retried_once_fixed()
    {
        var site = await TestSite.CreateSqliteAsync();
        var path = Path.Combine(_folder, "Content/Meetings/later.yaml");
        var key = Guid.NewGuid();
        await File.WriteAllTextAsync(path, $"key: {key}\ntype: meeting\ntopics: [not-yet]\n");
        await site.USyncImporter.ImportAsync(_folder);

        await File.WriteAllTextAsync(path, $"key: {key}\ntype: meeting\ntopics: [gender-equality]\nvariants:\n  en:\n    published: true\n    title: Later\n    body: <p>x</p>\n");
        var report = await site.USyncImporter.ImportAsync(_folder);

        Assert.Equal(["Content/Meetings/later.yaml"], report.Created);
        Assert.NotNull(await site.Published.FindBySlugAsync(DocumentType.Meeting, "en", "later"));
    }

    private static string CopyOfRepositoryUSync()
    {
        var target = Directory.CreateTempSubdirectory("ombudsman-usync-").FullName;
        foreach (var file in Directory.GetFiles(TestSite.USyncFolder, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(TestSite.USyncFolder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }
}
