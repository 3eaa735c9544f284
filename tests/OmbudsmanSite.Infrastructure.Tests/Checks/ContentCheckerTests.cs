using OmbudsmanSite.Core.Checks;
using OmbudsmanSite.Core.Content;
using OmbudsmanSite.Core.Editorial;
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
}
