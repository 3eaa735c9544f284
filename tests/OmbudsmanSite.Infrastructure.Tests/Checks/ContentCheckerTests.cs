using OmbudsmanSite.Core.Checks;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Infrastructure.Media;
using OmbudsmanSite.Infrastructure.Tests.Support;

namespace OmbudsmanSite.Infrastructure.Tests.Checks;

/// <summary>The checks over an item's values in every language, links judged by what is live in the database.</summary>
public sealed class ContentCheckerTests
{
    [Fact]
    public async Task Each_language_is_checked_and_scored_and_a_link_counts_as_gone_once_its_item_is_live_nowhere()
    {
        var site = await TestSite.CreateSqliteAsync();
        var target = await site.CreateAsync(DocumentType.NewsArticle, new Dictionary<string, string> { ["az"] = "Hədəf", ["en"] = "Target" }, publish: ["az", "en"]);
        var checker = site.Checker;
        var link = $"<a href=\"{InternalLink.HrefOf(target)}\">the 2024 visit</a>";
        var values = new ContentValues
        {
            Cultures = new Dictionary<string, CultureValues>
            {
                ["en"] = new() { Title = "Visit", Summary = "A visit.", BodyHtml = $"<p>The Ombudsman visited the prison. She spoke with people about their rights. Nobody was turned away. See {link}.</p>" },
                ["az"] = new() { Title = "Səfər", BodyHtml = "<h3>Səfər</h3><p>Ombudsman həbsxanaya baş çəkdi.</p>" },
            },
        };

        var live = await checker.CheckAsync(DocumentType.NewsArticle, values);

        var en = Assert.Single(live, r => r.Culture == "en");
        Assert.Empty(en.Findings);
        // 16 words in three sentences, then "See the 2024 visit": three more ("2024" is no word)
        Assert.Equal((ReadabilityFormula.FleschReadingEase, 19, 4), (en.Readability!.Formula, en.Readability.Words, en.Readability.Sentences));
        var az = Assert.Single(live, r => r.Culture == "az");
        Assert.Equal([ContentCheck.SummaryMissing, ContentCheck.HeadingSkipsLevel], az.Findings.Select(f => f.Check));
        Assert.Equal(ReadabilityFormula.Lix, az.Readability!.Formula);

        // Unpublished in one language it still has a page; unpublished in both it has none.
        await site.Publishing.UnpublishAsync(target, ["az"], TestSite.Tester);
        Assert.DoesNotContain((await checker.CheckAsync(DocumentType.NewsArticle, values)).Single(r => r.Culture == "en").Findings, f => f.Check == ContentCheck.LinkToUnavailableItem);
        await site.Publishing.UnpublishAsync(target, ["en"], TestSite.Tester);
        var gone = (await checker.CheckAsync(DocumentType.NewsArticle, values)).Single(r => r.Culture == "en");
        Assert.Equal([ContentCheck.LinkToUnavailableItem], gone.Findings.Select(f => f.Check));
        Assert.True(gone.HasErrors);
    }

    [Fact]
    public async Task A_reports_file_without_text_is_an_error_in_its_language_only()
    {
        var site = await TestSite.CreateSqliteAsync();
        var scan = (await site.Media.UploadAsync(new MediaUpload(MediaContent.FromBytes(TestEnvironment.SamplePdf(2)), "scan.pdf") { Name = "Annual report 2024 (scan)" })).Item!;
        var text = (await site.Media.UploadAsync(new MediaUpload(
            MediaContent.FromFile(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Media", "Reports", "fixture-annual-2024-en.pdf")), "annual-2024.pdf"))).Item!;
        var values = new ContentValues
        {
            Report = new ReportValues
            {
                Year = 2024,
                Files = new LocalizedText(new Dictionary<string, string> { ["az"] = scan.Id.ToString("D"), ["en"] = text.Id.ToString("D"), ["ru"] = text.Id.ToString("D") }),
            },
            Cultures = new Dictionary<string, CultureValues>
            {
                ["az"] = new() { Title = "İllik məruzə", Summary = "Məruzə." },
                ["en"] = new() { Title = "Annual report", Summary = "The report." },
                ["ru"] = new() { Title = "Ежегодный доклад", Summary = "Доклад." },
            },
        };

        var reports = await site.Checker.CheckAsync(DocumentType.Report, values);

        var az = Assert.Single(Assert.Single(reports, r => r.Culture == "az").Findings);
        Assert.Equal((ContentCheck.ReportFileWithoutText, CheckSeverity.Error, "report.files"), (az.Check, az.Severity, az.Field));
        Assert.Equal(["Annual report 2024 (scan)"], az.Values);
        Assert.Empty(reports.Single(r => r.Culture == "en").Findings);
        Assert.Empty(reports.Single(r => r.Culture == "ru").Findings);
    }
}
