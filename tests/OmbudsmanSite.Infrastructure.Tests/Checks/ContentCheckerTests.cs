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
    public async Task A_reports_file_without_text_is_an_error_and_one_without_its_language_a_warning_in_its_language_only()
    {
        var site = await TestSite.CreateSqliteAsync();
        async Task<Guid> UploadAsync(byte[] pdf, string name) =>
            (await site.Media.UploadAsync(new MediaUpload(MediaContent.FromBytes(pdf), "report.pdf") { Name = name })).Item!.Id;
        var scan = await UploadAsync(TestEnvironment.SamplePdf(2, language: "az-Latn-AZ"), "Annual report 2024 (scan)");
        var english = await UploadAsync(TestEnvironment.SamplePdf(1, "Annual report 2024", "en-GB"), "Annual report 2024");
        var unmarked = await UploadAsync(TestEnvironment.SamplePdf(1, "Annual report 2024 in Russian"), "Annual report 2024 (ru)");
        ContentValues Values(Guid az, Guid en, Guid ru) => new()
        {
            Report = new ReportValues
            {
                Year = 2024,
                Files = new LocalizedText(new Dictionary<string, string> { ["az"] = az.ToString("D"), ["en"] = en.ToString("D"), ["ru"] = ru.ToString("D") }),
            },
            Cultures = new Dictionary<string, CultureValues>
            {
                ["az"] = new() { Title = "İllik məruzə", Summary = "Məruzə." },
                ["en"] = new() { Title = "Annual report", Summary = "The report." },
                ["ru"] = new() { Title = "Ежегодный доклад", Summary = "Доклад." },
            },
        };

        var reports = await site.Checker.CheckAsync(DocumentType.Report, Values(scan, english, unmarked));

        var az = Assert.Single(Assert.Single(reports, r => r.Culture == "az").Findings); // its /Lang is right; it has no words
        Assert.Equal((ContentCheck.ReportFileWithoutText, CheckSeverity.Error, "report.files"), (az.Check, az.Severity, az.Field));
        Assert.Equal(["Annual report 2024 (scan)"], az.Values);
        Assert.Empty(reports.Single(r => r.Culture == "en").Findings); // en-GB is English
        var ru = Assert.Single(reports.Single(r => r.Culture == "ru").Findings);
        Assert.Equal((ContentCheck.ReportFileWithoutLanguage, CheckSeverity.Warning, "Annual report 2024 (ru)"), (ru.Check, ru.Severity, ru.Values[0]));

        // The English file offered as the Russian one says so.
        var swapped = (await site.Checker.CheckAsync(DocumentType.Report, Values(scan, english, english))).Single(r => r.Culture == "ru");
        var differs = Assert.Single(swapped.Findings);
        Assert.Equal((ContentCheck.ReportFileLanguageDiffers, CheckSeverity.Warning), (differs.Check, differs.Severity));
        Assert.Equal(["Annual report 2024", "en-GB"], differs.Values);
    }
}
