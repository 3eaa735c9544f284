using OmbudsmanSite.Core.Checks;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
using OmbudsmanSite.Infrastructure.Checks;
using OmbudsmanSite.Infrastructure.Editorial;
using OmbudsmanSite.Infrastructure.Tests.Support;

namespace OmbudsmanSite.Infrastructure.Tests.Checks;

/// <summary>The site-wide checks: every item's working copy, drafts included, the recycle bin left out, in batches.</summary>
public sealed class SiteContentChecksTests
{
    [Fact]
    public async Task Every_working_copy_is_checked_once_and_the_recycle_bin_is_not()
    {
        var site = await TestSite.CreateSqliteAsync();
        var checks = new SiteContentChecks(new CheckedTexts(site.Contexts), site.Checker)
        {
            BatchSize = 3,
        };
        var before = await CountAsync(checks);

        // Several batches, so the walk goes on from where each ended.
        var made = new List<Guid>();
        for (var n = 0; n < 8; n++)
        {
            made.Add(await site.CreateAsync(DocumentType.NewsArticle, new Dictionary<string, string> { ["en"] = $"Item {n}" }, publish: n % 2 == 0 ? ["en"] : null));
        }

        var draft = made[1];
        await site.EditAsync(draft, v => v with { Cultures = new Dictionary<string, CultureValues> { ["en"] = new() { Title = "Draft", BodyHtml = "<h4>Small</h4><img src=\"/media/x.jpg\">" } } });
        var binned = made[2];
        Assert.True((await site.Editing.DeleteAsync(binned, TestSite.Tester)).Succeeded);

        var reports = new List<ItemCheckReport>();
        await foreach (var report in checks.CheckAllAsync())
        {
            reports.Add(report);
        }

        Assert.Equal(before + 7, reports.Count);
        Assert.Equal(reports.Count, reports.Select(r => r.Id).Distinct().Count());
        Assert.DoesNotContain(reports, r => r.Id == binned);
        var drafted = Assert.Single(reports, r => r.Id == draft);
        Assert.Equal("Draft", drafted.Titles["en"]);
        Assert.Equal(TestSite.Tester.Name, drafted.LastEditedBy);
        Assert.Equal(
            [ContentCheck.SummaryMissing, ContentCheck.ImageWithoutAlt, ContentCheck.HeadingSkipsLevel],
            drafted.Languages.Single().Findings.Select(f => f.Check));
    }

    private static async Task<int> CountAsync(SiteContentChecks checks)
    {
        var count = 0;
        await foreach (var _ in checks.CheckAllAsync())
        {
            count++;
        }

        return count;
    }
}
