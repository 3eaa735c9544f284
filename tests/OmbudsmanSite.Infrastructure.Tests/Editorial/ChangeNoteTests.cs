using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Infrastructure.Tests.Support;

namespace OmbudsmanSite.Infrastructure.Tests.Editorial;

/// <summary>
/// Change notes: a significant publish keeps a note per language already live and moves its
/// "Updated on"; a minor publish moves nothing readers see; a first publish or a language not going
/// live takes no note.
/// </summary>
public sealed class ChangeNoteTests
{
    [Fact]
    public async Task A_significant_publish_tells_readers_and_a_minor_one_does_not()
    {
        var site = await TestSite.CreateSqliteAsync();
        var id = await site.CreateAsync(DocumentType.NewsArticle, new Dictionary<string, string> { ["az"] = "Hesabat", ["en"] = "Report" }, publish: ["en"]);
        Assert.Null((await site.Published.FindAsync(id))!.GetVariant("en")!.PublicUpdatedUtc);

        // A first publish has nothing to tell; a note for a language not going live is refused too.
        var first = await site.Publishing.PublishAsync(id, ["az"], TestSite.Tester, changeNotes: new Dictionary<string, string?> { ["az"] = "Yeni." });
        Assert.Equal([("az.change-note", EditorialMessages.ChangeNoteFirstPublish)], first.Errors.Select(e => (e.Field, e.Key)));
        var elsewhere = await site.Publishing.PublishAsync(id, ["az"], TestSite.Tester, changeNotes: new Dictionary<string, string?> { ["en"] = "Figures corrected." });
        Assert.Equal(["en.change-note"], elsewhere.Errors.Select(e => e.Field));
        Assert.Equal(OperationStatus.Success, (await site.Publishing.PublishAsync(id, ["az"], TestSite.Tester)).Status);

        // Minor: the text changes, the date readers see does not.
        site.Time.Advance(TimeSpan.FromDays(1));
        await site.EditAsync(id, values => values with { Cultures = new Dictionary<string, CultureValues>(values.Cultures) { ["en"] = values.Cultures["en"] with { Summary = "Typo fixed." } } }, publish: ["en"]);
        var minor = (await site.Published.FindAsync(id))!.GetVariant("en")!;
        Assert.Null(minor.PublicUpdatedUtc);
        Assert.Equal(minor.FirstPublishedUtc, minor.PublicModifiedUtc);
        Assert.Empty(await site.Published.ChangeNotesAsync(id, "en"));

        // Significant: a note per language, kept newest first; a blank note leaves that language minor.
        site.Time.Advance(TimeSpan.FromDays(1));
        await site.EditAsync(id, values => values with { Cultures = new Dictionary<string, CultureValues>(values.Cultures) { ["en"] = values.Cultures["en"] with { Summary = "2025 figures." } } });
        var significant = await site.Publishing.PublishAsync(id, ["en", "az"], TestSite.Tester, changeNotes: new Dictionary<string, string?> { ["en"] = "  Figures for 2025 added.  ", ["az"] = " " });
        Assert.Equal(OperationStatus.Success, significant.Status);
        var told = (await site.Published.FindAsync(id))!;
        Assert.Equal(site.Clock.UtcNow, told.GetVariant("en")!.PublicUpdatedUtc);
        Assert.Null(told.GetVariant("az")!.PublicUpdatedUtc);
        Assert.Equal([new PublishedChangeNote(site.Clock.UtcNow, "Figures for 2025 added.")], await site.Published.ChangeNotesAsync(id, "en"));

        site.Time.Advance(TimeSpan.FromHours(3));
        await site.Publishing.PublishAsync(id, ["en"], TestSite.Tester, changeNotes: new Dictionary<string, string?> { ["en"] = "A chart added." });
        Assert.Equal(["A chart added.", "Figures for 2025 added."], (await site.Published.ChangeNotesAsync(id, "en")).Select(n => n.Note));
        var audit = (await site.Queries.AuditAsync(new AuditQuery { DocumentId = id, Action = AuditAction.ChangeNoted })).Items;
        Assert.Equal(2, audit.Count);
        Assert.Contains(audit, a => a.Detail == "en: Figures for 2025 added.");

        var tooLong = await site.Publishing.PublishAsync(id, ["en"], TestSite.Tester, changeNotes: new Dictionary<string, string?> { ["en"] = new string('x', 1001) });
        Assert.Equal([EditorialMessages.ChangeNoteTooLong], tooLong.Errors.Select(e => e.Key));
    }
}
