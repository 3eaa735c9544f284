using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Infrastructure.Sync;
using OmbudsmanSite.Infrastructure.Tests.Support;

namespace OmbudsmanSite.Infrastructure.Tests.Sync;

/// <summary>export-usync: what it writes the importer reads back whole, and a second export after the import is the same bytes.</summary>
public sealed class USyncExportTests : IDisposable
{
    private readonly (string USync, string Data) _fixtures = TestEnvironment.CreateSiteWithFixtures();
    private readonly string _root = Directory.CreateTempSubdirectory("ombudsman-export-").FullName;

    public void Dispose()
    {
        Directory.Delete(_root, recursive: true);
        Directory.Delete(Path.GetDirectoryName(_fixtures.Data)!, recursive: true);
    }

    [Fact]
    public async Task Export_import_into_an_empty_database_and_export_again_gives_the_same_bytes()
    {
        var original = await TestSite.CreateSqliteAsync(_fixtures.USync);
        Assert.Empty((await original.USyncImporter.ImportAsync(_fixtures.USync)).Failed);
        await original.CreateAsync(DocumentType.Meeting, new Dictionary<string, string> { ["en"] = "A draft nobody published", ["az"] = "Dərc olunmamış qaralama" });
        var latest = (await original.Published.LatestAsync("en", DocumentType.NewsArticle, 1)).Single();
        var withdrawn = (await original.Published.FindAsync(latest.Id))!;
        Assert.True((await original.Withdrawal.WithdrawAsync(withdrawn.Id, withdrawn.Variants.ToDictionary(v => v.Culture, v => (string?)$"Superseded ({v.Culture})."), TestSite.Tester)).Succeeded);
        var changed = (await original.Published.LatestAsync("en", DocumentType.Meeting, 1)).Single();
        foreach (var note in new[] { "Corrected the participants' names.", "Added the joint statement." })
        {
            original.Time.Advance(TimeSpan.FromDays(3));
            Assert.True((await original.Publishing.PublishAsync(changed.Id, ["en"], TestSite.Tester, changeNotes: new Dictionary<string, string?> { ["en"] = note })).Succeeded);
        }
        var first = Path.Combine(_root, "first");
        var exported = await original.USyncExporter.ExportAsync(first, drafts: true);

        var copy = await TestSite.CreateSqliteAsync(_fixtures.USync);
        var imported = await copy.USyncImporter.ImportAsync(first);
        var second = Path.Combine(_root, "second");
        await copy.USyncExporter.ExportAsync(second, drafts: true);

        Assert.Empty(imported.Failed);
        Assert.Equal(exported.DocumentTypes + exported.Taxonomy + exported.Media + exported.Content, imported.Created.Count);
        Assert.True(exported.Media >= 3 && exported.Content >= 10, $"{exported}");
        var files = Tree(first);
        Assert.Equal(files.Keys, Tree(second).Keys);
        Assert.All(files, file => Assert.True(file.Value.SequenceEqual(Tree(second)[file.Key]), $"{file.Key} differs on the second export"));
        Assert.Contains(files, f => f.Key.StartsWith("Media/", StringComparison.Ordinal) && f.Key.EndsWith(".pdf", StringComparison.Ordinal));
        var draft = Assert.Single(files, f => System.Text.Encoding.UTF8.GetString(f.Value).Contains("A draft nobody published", StringComparison.Ordinal));
        Assert.Contains("published: false", System.Text.Encoding.UTF8.GetString(draft.Value), StringComparison.Ordinal);
        Assert.Null(await copy.Published.FindBySlugAsync(DocumentType.Meeting, "en", "a-draft-nobody-published"));

        // A withdrawal travels with its date and explanations.
        Assert.Contains(files, f => System.Text.Encoding.UTF8.GetString(f.Value).Contains("Superseded (en).", StringComparison.Ordinal));
        var copied = (await copy.Published.FindAsync(withdrawn.Id))!.Withdrawal!;
        var kept = (await original.Published.FindAsync(withdrawn.Id))!.Withdrawal!;
        Assert.Equal(kept.Utc, copied.Utc);
        Assert.Equal(kept.Explanation, copied.Explanation);

        // So do change notes, with their dates, and "Updated on" with them.
        Assert.Equal(
            (await original.Published.ChangeNotesAsync(changed.Id, "en")).Select(n => (n.Utc, n.Note)),
            (await copy.Published.ChangeNotesAsync(changed.Id, "en")).Select(n => (n.Utc, n.Note)));
        Assert.Equal(2, (await copy.Published.ChangeNotesAsync(changed.Id, "en")).Count);
        Assert.Equal(original.Clock.UtcNow, (await copy.Published.FindAsync(changed.Id))!.GetVariant("en")!.PublicModifiedUtc);
    }

    [Fact]
    public async Task Without_drafts_only_what_is_published_leaves_and_a_used_folder_is_refused()
    {
        var site = await TestSite.CreateSqliteAsync(_fixtures.USync);
        await site.USyncImporter.ImportAsync(_fixtures.USync);
        await site.CreateAsync(DocumentType.Meeting, new Dictionary<string, string> { ["en"] = "Kept at home" });
        var folder = Path.Combine(_root, "published");

        await site.USyncExporter.ExportAsync(folder);

        Assert.DoesNotContain(Tree(folder), f => System.Text.Encoding.UTF8.GetString(f.Value).Contains("Kept at home", StringComparison.Ordinal));
        var refused = await Assert.ThrowsAsync<USyncException>(() => site.USyncExporter.ExportAsync(folder));
        Assert.Contains("is not empty", refused.Message, StringComparison.Ordinal);
    }

    private static SortedDictionary<string, byte[]> Tree(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);
}
