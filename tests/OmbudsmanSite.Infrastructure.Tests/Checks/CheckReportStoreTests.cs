using OmbudsmanSite.Core.Checks;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Infrastructure.Tests.Support;

namespace OmbudsmanSite.Infrastructure.Tests.Checks;

/// <summary>
/// The site-wide report keeps each item's findings: checked again only once the working copy moves
/// (or after the nightly round), filtered by check, language, type, last editor and severity, worst first.
/// </summary>
public sealed class CheckReportStoreTests
{
    private const string TableWithoutHeader = "<table><tbody><tr><td>Yanvar</td><td>312</td></tr></tbody></table>";

    [Fact]
    public async Task Findings_are_kept_per_version_filtered_and_ordered_worst_first()
    {
        var site = await TestSite.CreateSqliteAsync();
        var figures = await site.CreateAsync(DocumentType.NewsArticle, new Dictionary<string, string> { ["az"] = "Rəqəmlər" }, shape: values => values with
        {
            Cultures = new Dictionary<string, CultureValues>
            {
                ["az"] = new() { Title = "Rəqəmlər", Summary = "Qısa.", BodyHtml = TableWithoutHeader },
                ["en"] = new() { Title = "Figures", BodyHtml = "<p>The figures.</p>" },
            },
        });
        var visit = await site.CreateAsync(DocumentType.Meeting, new Dictionary<string, string> { ["en"] = "Visit" });
        await site.CreateAsync(DocumentType.Meeting, new Dictionary<string, string> { ["ru"] = "Визит" }, shape: values => values with
        {
            Cultures = new Dictionary<string, CultureValues> { ["ru"] = new() { Title = "Визит", Summary = "Кратко.", BodyHtml = "<p>Омбудсмен посетил тюрьму.</p>" } },
        });
        var report = site.CheckReport;

        Assert.Equal(3, await report.RefreshAsync(100));
        Assert.Equal(0, await report.RefreshAsync(100)); // nothing moved since

        var (page, totals) = await report.ReportAsync(new CheckReportQuery());
        Assert.Equal([figures, visit], page.Items.Select(i => i.Id)); // the clean one has nothing to list; errors first
        Assert.Equal((2, 1, 2, 0), (totals.Items, totals.Errors, totals.Warnings, totals.Pending));
        var first = page.Items[0];
        Assert.Equal(("Rəqəmlər", "az", "Aysel (test)", DocumentType.NewsArticle), (first.Title, first.TitleCulture, first.EditedBy, first.Type));
        Assert.Equal([(ContentCheck.TableWithoutHeaderRow, "az"), (ContentCheck.SummaryMissing, "en")], first.Findings.Select(f => (f.Check, f.Culture)));

        Assert.Equal([figures], (await report.ReportAsync(new CheckReportQuery { Check = ContentCheck.TableWithoutHeaderRow })).Page.Items.Select(i => i.Id));
        Assert.Equal([figures, visit], (await report.ReportAsync(new CheckReportQuery { Culture = "en" })).Page.Items.Select(i => i.Id));
        var english = (await report.ReportAsync(new CheckReportQuery { Culture = "en" })).Page.Items[0];
        Assert.Equal([ContentCheck.SummaryMissing], english.Findings.Select(f => f.Check)); // only the findings asked for
        Assert.Equal([visit], (await report.ReportAsync(new CheckReportQuery { Type = DocumentType.Meeting })).Page.Items.Select(i => i.Id));
        Assert.Equal([figures], (await report.ReportAsync(new CheckReportQuery { Severity = CheckSeverity.Error })).Page.Items.Select(i => i.Id));
        Assert.Empty((await report.ReportAsync(new CheckReportQuery { EditedBy = "Somebody else" })).Page.Items);
        Assert.Equal(["Aysel (test)"], await report.EditorsAsync());
        var small = (await report.ReportAsync(new CheckReportQuery { PageSize = 1 })).Page;
        Assert.True(small.HasNext);

        // A save moves the working copy: that item alone is checked again, and a deleted one leaves the report.
        await site.EditAsync(figures, values => values with
        {
            Cultures = new Dictionary<string, CultureValues>(values.Cultures) { ["az"] = values.Cultures["az"] with { BodyHtml = "<p>Yanvarda 312 şikayət.</p>" } },
        });
        Assert.Equal(1, (await report.ReportAsync(new CheckReportQuery())).Totals.Pending);
        Assert.Equal(1, await report.RefreshAsync(100));
        Assert.Equal(0, (await report.ReportAsync(new CheckReportQuery { Severity = CheckSeverity.Error })).Totals.Items);
        await site.Editing.DeleteAsync(visit, TestSite.Tester);
        await report.RefreshAsync(100);
        Assert.Equal([figures], (await report.ReportAsync(new CheckReportQuery())).Page.Items.Select(i => i.Id));

        // The nightly round looks at every item again.
        Assert.Equal(2, await report.MarkAllStaleAsync());
        Assert.Equal(2, await report.RefreshAsync(100));
    }
}
